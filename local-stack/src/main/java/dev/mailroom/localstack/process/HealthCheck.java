package dev.mailroom.localstack.process;

/** A probe that tells whether a started part is ready to serve. */
public interface HealthCheck {

    /** True when the part is ready; must return quickly and never throw. */
    boolean ready();

    /** What is probed, for messages, e.g. {@code tcp 127.0.0.1:9092}. */
    String describe();
}
