package dev.mailroom.classifier.ocr;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the text extractor from {@link OcrProperties}: child worker processes ({@code isolation: process}, the
 * default) or Tesseract and PDFBox in this JVM ({@code isolation: in-process}).
 */
@Configuration(proxyBeanMethods = false)
class OcrConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "mailroom.classifier.ocr.isolation", havingValue = "process", matchIfMissing = true)
    IsolatedTextExtractor isolatedTextExtractor(OcrProperties properties) {
        return new IsolatedTextExtractor(properties.settings(), properties.workers());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "mailroom.classifier.ocr.isolation", havingValue = "in-process")
    static class InProcessConfiguration {

        @Bean(destroyMethod = "close")
        TesseractOcr tesseractOcr(OcrProperties properties) {
            return new TesseractOcr(properties.settings());
        }

        @Bean
        DocumentTextExtractor documentTextExtractor(OcrProperties properties, TesseractOcr ocr) {
            return new DocumentTextExtractor(properties.settings(), ocr);
        }
    }
}
