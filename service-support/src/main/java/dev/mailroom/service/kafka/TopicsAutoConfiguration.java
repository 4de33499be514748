package dev.mailroom.service.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** Binds {@link TopicsProperties} in every service. */
@AutoConfiguration
@EnableConfigurationProperties(TopicsProperties.class)
public final class TopicsAutoConfiguration {}
