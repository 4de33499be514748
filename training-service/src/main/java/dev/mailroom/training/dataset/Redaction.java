package dev.mailroom.training.dataset;

/**
 * Connection strings as they may appear in job documents, error messages and logs: without user info, passwords or
 * parameters (a JDBC URL or MongoDB URI may carry {@code user:password@} or {@code ?password=...}).
 */
public final class Redaction {

    /** What stands in for a removed secret. */
    public static final String MASK = "***";

    private Redaction() {}

    /**
     * A JDBC URL without credentials or parameters, e.g. {@code jdbc:postgresql://***@db:5432/warehouse?***} for
     * {@code jdbc:postgresql://etl:s3cret@db:5432/warehouse?ssl=true}, {@code jdbc:oracle:thin:***@//db:1521/SVC}
     * for {@code jdbc:oracle:thin:scott/tiger@//db:1521/SVC}.
     */
    public static String jdbcUrl(String url) {
        if (url == null) {
            return null;
        }
        int params = indexOfAny(url, '?', ';', '&');
        String base = params < 0 ? url : url.substring(0, params);
        String redacted = withoutUserInfo(base, base.indexOf("//"));
        return params < 0 ? redacted : redacted + "?" + MASK;
    }

    /**
     * A MongoDB connection string without user info or options, e.g. {@code mongodb://***@h1,h2/warehouse?***} for
     * {@code mongodb://etl:s3cret@h1,h2/warehouse?authSource=admin}.
     */
    public static String mongoUri(String uri) {
        if (uri == null) {
            return null;
        }
        int params = uri.indexOf('?');
        String base = params < 0 ? uri : uri.substring(0, params);
        String redacted = withoutUserInfo(base, base.indexOf("//"));
        return params < 0 ? redacted : redacted + "?" + MASK;
    }

    /**
     * {@code message} with every occurrence of {@code connection} replaced by {@code redacted} and every occurrence of
     * each secret masked (drivers may quote the URL they were given, e.g. "No suitable driver found for jdbc:...").
     */
    public static String scrub(String message, String connection, String redacted, String... secrets) {
        if (message == null) {
            return null;
        }
        String out = message;
        if (connection != null && !connection.isEmpty()) {
            out = out.replace(connection, redacted);
        }
        for (String secret : secrets) {
            if (secret != null && !secret.isEmpty()) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }

    /** The password in a connection string's user info ({@code scheme://user:password@host}), or null. */
    static String password(String connection) {
        if (connection == null) {
            return null;
        }
        int start = connection.indexOf("//");
        int at = connection.lastIndexOf('@');
        if (start < 0 || at < start) {
            return null;
        }
        String userInfo = connection.substring(start + 2, at);
        int colon = userInfo.indexOf(':');
        return colon < 0 ? null : userInfo.substring(colon + 1);
    }

    private static String withoutUserInfo(String base, int doubleSlash) {
        int at = base.lastIndexOf('@');
        if (at < 0) {
            return base;
        }
        // user info sits after "//" (jdbc:postgresql://u:p@h, mongodb://u:p@h) or after the last ':' before the '@'
        // (jdbc:oracle:thin:u/p@//h)
        int start = doubleSlash >= 0 && doubleSlash < at ? doubleSlash + 2 : base.lastIndexOf(':', at) + 1;
        if (start <= 0 || start >= at) {
            return base;
        }
        return base.substring(0, start) + MASK + base.substring(at);
    }

    private static int indexOfAny(String s, char... chars) {
        int first = -1;
        for (char c : chars) {
            int i = s.indexOf(c);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }
}
