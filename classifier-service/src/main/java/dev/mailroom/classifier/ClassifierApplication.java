package dev.mailroom.classifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The classifier service: Kafka listeners and REST in front of OCR and the hot-swapped models. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ClassifierApplication {

    /** Starts the service. */
    public static void main(String[] args) {
        SpringApplication.run(ClassifierApplication.class, args);
    }
}
