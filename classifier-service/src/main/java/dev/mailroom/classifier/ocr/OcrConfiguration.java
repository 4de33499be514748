package dev.mailroom.classifier.ocr;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the OCR pool and the extractor from {@link OcrProperties}. */
@Configuration(proxyBeanMethods = false)
class OcrConfiguration {

    @Bean(destroyMethod = "close")
    TesseractOcr tesseractOcr(OcrProperties properties) {
        return new TesseractOcr(properties.settings());
    }

    @Bean
    DocumentTextExtractor documentTextExtractor(OcrProperties properties, TesseractOcr ocr) {
        return new DocumentTextExtractor(properties.settings(), ocr);
    }
}
