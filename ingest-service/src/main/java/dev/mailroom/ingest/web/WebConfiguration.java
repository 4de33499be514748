package dev.mailroom.ingest.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the REST channel's properties. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UploadProperties.class)
class WebConfiguration {}
