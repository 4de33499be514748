package dev.mailroom.model.kernel;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/** One named hyperparameter: the discrete values a grid search tries and the range a random search samples. */
public sealed interface Hyperparameter
        permits Hyperparameter.Choice, Hyperparameter.IntRange, Hyperparameter.DoubleRange {

    /** The parameter name, as used in parameter maps and the manifest. */
    String name();

    /** The value used when a parameter map leaves this parameter out. */
    Object defaultValue();

    /** The values a grid search tries. */
    List<?> grid();

    /** A value drawn for random search. */
    Object sample(Random random);

    /** Converts a raw value (e.g. from JSON: any number or string) to this parameter's type, checking bounds. */
    Object coerce(Object raw);

    /**
     * A categorical parameter.
     *
     * @param name parameter name
     * @param values allowed values (grid and random search use all of them)
     * @param defaultValue the default, one of {@code values}
     */
    record Choice(String name, List<String> values, String defaultValue) implements Hyperparameter {
        public Choice {
            values = List.copyOf(values);
            if (!values.contains(defaultValue)) {
                throw new IllegalArgumentException(name + ": default " + defaultValue + " not in " + values);
            }
        }

        @Override
        public List<String> grid() {
            return values;
        }

        @Override
        public Object sample(Random random) {
            return values.get(random.nextInt(values.size()));
        }

        @Override
        public Object coerce(Object raw) {
            String value = String.valueOf(raw);
            if (!values.contains(value)) {
                throw new IllegalArgumentException(
                        "hyperparameter " + name + " must be one of " + values + ", got " + raw);
            }
            return value;
        }
    }

    /**
     * An integer parameter; random search samples uniformly in {@code [min, max]}.
     *
     * @param name parameter name
     * @param min smallest allowed value
     * @param max largest allowed value
     * @param grid values a grid search tries
     * @param defaultValue the default
     */
    record IntRange(String name, int min, int max, List<Integer> grid, Integer defaultValue) implements Hyperparameter {
        public IntRange {
            grid = List.copyOf(grid);
        }

        @Override
        public Object sample(Random random) {
            return min + random.nextInt(max - min + 1);
        }

        @Override
        public Object coerce(Object raw) {
            int value;
            if (raw instanceof Number number) {
                if (number.doubleValue() != Math.rint(number.doubleValue())) {
                    throw new IllegalArgumentException("hyperparameter " + name + " must be an integer, got " + raw);
                }
                value = number.intValue();
            } else {
                try {
                    value = Integer.parseInt(String.valueOf(raw).trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("hyperparameter " + name + " must be an integer, got " + raw);
                }
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException(
                        "hyperparameter " + name + " must be in [" + min + ", " + max + "], got " + value);
            }
            return value;
        }
    }

    /**
     * A real-valued parameter; random search samples uniformly, or log-uniformly when {@code logScale}.
     *
     * @param name parameter name
     * @param min smallest allowed value
     * @param max largest allowed value
     * @param logScale sample log-uniformly (learning rates, regularisation)
     * @param grid values a grid search tries
     * @param defaultValue the default
     */
    record DoubleRange(String name, double min, double max, boolean logScale, List<Double> grid, Double defaultValue)
            implements Hyperparameter {
        public DoubleRange {
            grid = List.copyOf(grid);
            if (logScale && min <= 0) {
                throw new IllegalArgumentException(name + ": log scale needs min > 0");
            }
        }

        @Override
        public Object sample(Random random) {
            double u = random.nextDouble();
            return logScale ? Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min))) : min + u * (max - min);
        }

        @Override
        public Object coerce(Object raw) {
            double value;
            if (raw instanceof Number number) {
                value = number.doubleValue();
            } else {
                try {
                    value = Double.parseDouble(
                            String.valueOf(Objects.requireNonNull(raw)).trim());
                } catch (NumberFormatException | NullPointerException e) {
                    throw new IllegalArgumentException("hyperparameter " + name + " must be a number, got " + raw);
                }
            }
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(
                        "hyperparameter " + name + " must be in [" + min + ", " + max + "], got " + value);
            }
            return value;
        }
    }
}
