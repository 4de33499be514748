package dev.mailroom.training.search;

import dev.mailroom.model.kernel.Hyperparameter;
import dev.mailroom.model.kernel.HyperparameterSpace;
import dev.mailroom.model.kernel.Kernel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Turns a {@link SearchSpec} into the ordered list of trials to run. */
final class TrialPlanner {

    /** Random search gives up drawing new points after this many duplicates in a row (tiny spaces). */
    private static final int MAX_DUPLICATE_DRAWS = 200;

    private TrialPlanner() {}

    static List<Trial> plan(SearchSpec spec) {
        List<List<Map<String, Object>>> perKernel = new ArrayList<>();
        for (Kernel kernel : spec.kernels()) {
            perKernel.add(
                    spec.strategy() == SearchStrategy.GRID
                            ? grid(kernel, spec.space().getOrDefault(kernel.id(), Map.of()))
                            : List.of());
        }
        List<Trial> trials = new ArrayList<>();
        if (spec.strategy() == SearchStrategy.GRID) {
            int gridSize = perKernel.stream().mapToInt(List::size).sum();
            if (gridSize > spec.maxTrials()) {
                // The budget cuts the grid: a seeded shuffle spreads the trials over every parameter instead of
                // exhausting the combinations of the first parameter's first value.
                Random shuffle = new Random(spec.seed());
                for (int k = 0; k < perKernel.size(); k++) {
                    List<Map<String, Object>> combinations = new ArrayList<>(perKernel.get(k));
                    Collections.shuffle(combinations, shuffle);
                    perKernel.set(k, combinations);
                }
            }
            // Interleave the kernels so a trial budget smaller than the grid still tries every kernel.
            for (int round = 0; trials.size() < spec.maxTrials(); round++) {
                boolean any = false;
                for (int k = 0; k < spec.kernels().size() && trials.size() < spec.maxTrials(); k++) {
                    if (round < perKernel.get(k).size()) {
                        trials.add(new Trial(
                                trials.size() + 1,
                                spec.kernels().get(k),
                                perKernel.get(k).get(round)));
                        any = true;
                    }
                }
                if (!any) {
                    break;
                }
            }
            return trials;
        }
        Random random = new Random(spec.seed());
        Set<String> seen = new LinkedHashSet<>();
        int duplicates = 0;
        while (trials.size() < spec.maxTrials() && duplicates < MAX_DUPLICATE_DRAWS) {
            Kernel kernel = spec.kernels().get(trials.size() % spec.kernels().size());
            Map<String, Object> params = sample(kernel, spec.space().getOrDefault(kernel.id(), Map.of()), random);
            if (seen.add(kernel.id() + params)) {
                trials.add(new Trial(trials.size() + 1, kernel, params));
                duplicates = 0;
            } else {
                duplicates++;
            }
        }
        return trials;
    }

    private static List<Map<String, Object>> grid(Kernel kernel, Map<String, List<Object>> narrowed) {
        HyperparameterSpace space = kernel.space();
        checkNames(kernel, space, narrowed);
        if (narrowed.isEmpty()) {
            return space.grid();
        }
        List<Map<String, Object>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Hyperparameter p : space.parameters()) {
            List<?> values = narrowed.containsKey(p.name())
                    ? narrowed.get(p.name()).stream().map(p::coerce).toList()
                    : p.grid();
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : combinations) {
                for (Object value : values) {
                    Map<String, Object> extended = new LinkedHashMap<>(partial);
                    extended.put(p.name(), value);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations;
    }

    private static Map<String, Object> sample(Kernel kernel, Map<String, List<Object>> narrowed, Random random) {
        HyperparameterSpace space = kernel.space();
        checkNames(kernel, space, narrowed);
        Map<String, Object> params = new LinkedHashMap<>();
        for (Hyperparameter p : space.parameters()) {
            List<Object> values = narrowed.get(p.name());
            Object value;
            if (values != null && !values.isEmpty()) {
                value = p.coerce(values.get(random.nextInt(values.size())));
            } else if (p.grid().size() == 1) {
                // A single grid value marks a setting, not something to tune (threads, iteration caps).
                value = p.grid().get(0);
            } else {
                value = p.sample(random);
            }
            params.put(p.name(), value);
        }
        return params;
    }

    private static void checkNames(Kernel kernel, HyperparameterSpace space, Map<String, List<Object>> narrowed) {
        for (String name : narrowed.keySet()) {
            if (space.parameter(name).isEmpty()) {
                throw new IllegalArgumentException("kernel " + kernel.id() + " has no hyperparameter '" + name
                        + "', expected one of "
                        + space.parameters().stream().map(Hyperparameter::name).toList());
            }
        }
    }
}
