package dev.mailroom.model.kernel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The hyperparameters a kernel accepts: discrete values for grid search, ranges for random search.
 *
 * @param parameters the parameters, in a stable order
 */
public record HyperparameterSpace(List<Hyperparameter> parameters) {

    public HyperparameterSpace {
        parameters = List.copyOf(parameters);
    }

    /** A space of the given parameters. */
    public static HyperparameterSpace of(Hyperparameter... parameters) {
        return new HyperparameterSpace(List.of(parameters));
    }

    /** The parameter called {@code name}. */
    public Optional<Hyperparameter> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Every parameter at its default. */
    public Map<String, Object> defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.name(), p.defaultValue()));
        return values;
    }

    /** The cartesian product of every parameter's grid values, in a stable order. */
    public List<Map<String, Object>> grid() {
        List<Map<String, Object>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Hyperparameter p : parameters) {
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : combinations) {
                for (Object value : p.grid()) {
                    Map<String, Object> extended = new LinkedHashMap<>(partial);
                    extended.put(p.name(), value);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        return combinations.stream().map(Map::copyOf).map(this::ordered).toList();
    }

    /** One random point: each parameter sampled from its range. */
    public Map<String, Object> sample(Random random) {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.name(), p.sample(random)));
        return values;
    }

    /**
     * Checks and completes a parameter map: unknown names and out-of-range values are refused with an {@link
     * IllegalArgumentException} naming them, missing ones take their default, values are converted to their type.
     */
    public Map<String, Object> resolve(Map<String, ?> values) {
        for (String name : values.keySet()) {
            if (parameter(name).isEmpty()) {
                throw new IllegalArgumentException("unknown hyperparameter '" + name + "', expected one of "
                        + parameters.stream().map(Hyperparameter::name).toList());
            }
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        for (Hyperparameter p : parameters) {
            Object raw = values.get(p.name());
            resolved.put(p.name(), raw == null ? p.defaultValue() : p.coerce(raw));
        }
        return resolved;
    }

    private Map<String, Object> ordered(Map<String, Object> values) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        parameters.forEach(p -> ordered.put(p.name(), values.get(p.name())));
        return ordered;
    }
}
