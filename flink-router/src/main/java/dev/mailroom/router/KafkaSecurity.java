package dev.mailroom.router;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How the router's Kafka clients (source and sink) authenticate: nothing (the local default), Amazon MSK IAM or
 * SASL/SCRAM-SHA-512, over TLS or not. The same choices as the services' {@code mailroom.kafka.*}.
 *
 * @param auth the mechanism
 * @param tls TLS to the brokers; MSK IAM always uses it
 * @param scramUsername SCRAM user, required by {@link Auth#SCRAM_SHA_512}
 * @param scramPassword SCRAM password, required by {@link Auth#SCRAM_SHA_512}; never printed
 */
public record KafkaSecurity(Auth auth, boolean tls, String scramUsername, String scramPassword)
        implements Serializable {

    /** The IAM login module of {@code aws-msk-iam-auth} (bundled in the shaded jar). */
    static final String IAM_LOGIN_MODULE = "software.amazon.msk.auth.iam.IAMLoginModule";

    /** The IAM SASL callback handler of {@code aws-msk-iam-auth}. */
    static final String IAM_CALLBACK_HANDLER = "software.amazon.msk.auth.iam.IAMClientCallbackHandler";

    /** Client authentication mechanisms. */
    public enum Auth {
        /** No client authentication. */
        NONE("none"),
        /** Amazon MSK IAM access control: the application role's {@code kafka-cluster:*} rights. */
        MSK_IAM("msk-iam"),
        /** SASL/SCRAM-SHA-512 with user and password. */
        SCRAM_SHA_512("scram-sha-512");

        private final String value;

        Auth(String value) {
            this.value = value;
        }

        /** The option value, e.g. {@code msk-iam}. */
        public String value() {
            return value;
        }

        static Auth of(String value) {
            for (Auth auth : values()) {
                if (auth.value.equals(value.toLowerCase(Locale.ROOT))) {
                    return auth;
                }
            }
            throw new IllegalArgumentException("is none, msk-iam or scram-sha-512");
        }
    }

    public KafkaSecurity {
        if (auth == Auth.MSK_IAM) {
            tls = true;
        }
        if (auth == Auth.SCRAM_SHA_512
                && (scramUsername == null
                        || scramUsername.isBlank()
                        || scramPassword == null
                        || scramPassword.isEmpty())) {
            throw new IllegalArgumentException(
                    "--kafka-auth scram-sha-512 needs --kafka-scram-username and the password"
                            + " in ROUTER_KAFKA_SCRAM_PASSWORD (or the properties key kafka-scram-password)");
        }
    }

    /** No authentication, no TLS. */
    public static KafkaSecurity none() {
        return new KafkaSecurity(Auth.NONE, false, null, null);
    }

    /** The Kafka client properties; empty for plaintext without authentication. */
    public Map<String, String> clientProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        switch (auth) {
            case NONE -> {
                if (tls) {
                    properties.put("security.protocol", "SSL");
                }
            }
            case MSK_IAM -> {
                properties.put("security.protocol", "SASL_SSL");
                properties.put("sasl.mechanism", "AWS_MSK_IAM");
                properties.put("sasl.jaas.config", IAM_LOGIN_MODULE + " required;");
                properties.put("sasl.client.callback.handler.class", IAM_CALLBACK_HANDLER);
            }
            case SCRAM_SHA_512 -> {
                properties.put("security.protocol", tls ? "SASL_SSL" : "SASL_PLAINTEXT");
                properties.put("sasl.mechanism", "SCRAM-SHA-512");
                properties.put(
                        "sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                                + quoted(scramUsername) + "\" password=\"" + quoted(scramPassword) + "\";");
            }
        }
        return properties;
    }

    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    @Override
    public String toString() {
        return "KafkaSecurity[auth=" + auth.value() + ", tls=" + tls + ", scramUsername=" + scramUsername
                + ", scramPassword=" + (scramPassword == null || scramPassword.isEmpty() ? "<none>" : "<hidden>") + "]";
    }
}
