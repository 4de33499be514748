package dev.mailroom.service.kafka;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Kafka client properties ({@code security.protocol}, {@code sasl.*}) that {@link KafkaSecurityProperties}
 * stands for; the same for producers, consumers and admin clients.
 */
public final class KafkaClientSecurity {

    /** The client property naming the security protocol. */
    public static final String SECURITY_PROTOCOL = "security.protocol";

    static final String SASL_MECHANISM = "sasl.mechanism";
    static final String SASL_JAAS_CONFIG = "sasl.jaas.config";
    static final String SASL_CALLBACK_HANDLER = "sasl.client.callback.handler.class";
    static final String MSK_IAM_LOGIN_MODULE = "software.amazon.msk.auth.iam.IAMLoginModule";
    static final String MSK_IAM_CALLBACK_HANDLER = "software.amazon.msk.auth.iam.IAMClientCallbackHandler";
    static final String SCRAM_LOGIN_MODULE = "org.apache.kafka.common.security.scram.ScramLoginModule";

    private KafkaClientSecurity() {}

    /**
     * The client properties for {@code settings}; empty for {@code auth=none} without TLS (the clients keep their
     * {@code spring.kafka.*} settings untouched).
     */
    public static Map<String, String> clientProperties(KafkaSecurityProperties settings) {
        Map<String, String> properties = new LinkedHashMap<>();
        switch (settings.auth()) {
            case NONE -> {
                if (settings.tls()) {
                    properties.put(SECURITY_PROTOCOL, "SSL");
                }
            }
            case MSK_IAM -> {
                properties.put(SECURITY_PROTOCOL, "SASL_SSL");
                properties.put(SASL_MECHANISM, "AWS_MSK_IAM");
                properties.put(SASL_JAAS_CONFIG, MSK_IAM_LOGIN_MODULE + " required;");
                properties.put(SASL_CALLBACK_HANDLER, MSK_IAM_CALLBACK_HANDLER);
            }
            case SCRAM_SHA_512 -> {
                properties.put(SECURITY_PROTOCOL, settings.tls() ? "SASL_SSL" : "SASL_PLAINTEXT");
                properties.put(SASL_MECHANISM, "SCRAM-SHA-512");
                properties.put(
                        SASL_JAAS_CONFIG,
                        SCRAM_LOGIN_MODULE + " required username=\"" + quoted(settings.scramUsername())
                                + "\" password=\"" + quoted(settings.scramPassword()) + "\";");
            }
        }
        return properties;
    }

    /** JAAS option values are double-quoted strings: escape backslashes and quotes. */
    private static String quoted(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
