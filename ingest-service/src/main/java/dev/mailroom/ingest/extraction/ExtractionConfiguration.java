package dev.mailroom.ingest.extraction;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the Tika/PDFBox content analyzer. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionProperties.class)
class ExtractionConfiguration {

    @Bean(destroyMethod = "close")
    TikaContentAnalyzer contentAnalyzer(ExtractionProperties properties) {
        return new TikaContentAnalyzer(properties.limits());
    }
}
