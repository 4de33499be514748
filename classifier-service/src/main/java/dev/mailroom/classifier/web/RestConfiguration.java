package dev.mailroom.classifier.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the REST API's properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RestProperties.class)
class RestConfiguration {}
