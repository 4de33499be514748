package dev.mailroom.training.search;

import dev.mailroom.model.kernel.Kernel;
import java.util.Map;

/**
 * One point of the search: a kernel with its hyperparameters.
 *
 * @param number 1-based position in the plan
 * @param kernel the kernel
 * @param params resolved hyperparameters
 */
public record Trial(int number, Kernel kernel, Map<String, Object> params) {
    public Trial {
        params = Map.copyOf(params);
    }
}
