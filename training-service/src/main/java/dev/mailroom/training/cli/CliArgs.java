package dev.mailroom.training.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} options after a sub-command; unknown or repeated options are usage errors. */
final class CliArgs {

    private final Map<String, String> values = new HashMap<>();

    CliArgs(List<String> args, Set<String> allowed) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            } else {
                if (i + 1 >= args.size()) {
                    throw new UsageException("--" + name + " needs a value");
                }
                value = args.get(++i);
            }
            if (!allowed.contains(name)) {
                throw new UsageException("unknown option --" + name + "; known: "
                        + allowed.stream().sorted().toList());
            }
            if (values.put(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
    }

    String get(String name) {
        return values.get(name);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    Integer integer(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer, got " + value);
        }
    }

    Long longValue(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be an integer, got " + value);
        }
    }

    Double decimal(String name) {
        String value = values.get(name);
        try {
            return value == null ? null : Double.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + " must be a number, got " + value);
        }
    }

    /** A wrong command line; the message says what to fix. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
