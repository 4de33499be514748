package dev.mailroom.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --key value} and {@code --flag} command-line options with typed getters and defaults. */
final class Args {

    private final Map<String, String> values;

    private Args(Map<String, String> values) {
        this.values = values;
    }

    static Args parse(List<String> args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException(
                        "unexpected argument '" + arg + "' (options look like --name value)");
            }
            String key = arg.substring(2);
            int eq = key.indexOf('=');
            if (eq >= 0) {
                values.put(key.substring(0, eq), key.substring(eq + 1));
            } else if (i + 1 < args.size() && !args.get(i + 1).startsWith("--")) {
                values.put(key, args.get(++i));
            } else {
                values.put(key, "true");
            }
        }
        return new Args(values);
    }

    String string(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    int integer(String key, int fallback) {
        return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
    }

    double decimal(String key, double fallback) {
        return values.containsKey(key) ? Double.parseDouble(values.get(key)) : fallback;
    }

    boolean flag(String key) {
        return Boolean.parseBoolean(values.getOrDefault(key, "false"));
    }

    Duration seconds(String key, int fallbackSeconds) {
        return Duration.ofSeconds(integer(key, fallbackSeconds));
    }
}
