package dev.mailroom.classifier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Layering inside the service: the domain stays plain Java, adapters stay at the edges. Plain ArchUnit
 * (its JUnit engine does not run on the JUnit 6 platform).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mailroom.classifier");

    static final ArchRule domainIsFrameworkFree = noClasses()
            .that()
            .haveSimpleNameNotEndingWith("Configuration")
            .and()
            .haveSimpleNameNotEndingWith("Properties")
            .and()
            .haveSimpleNameNotEndingWith("HealthIndicator")
            .and()
            .haveSimpleNameNotEndingWith("Schedule")
            .and()
            .resideOutsideOfPackages("..messaging..", "..web..")
            .and()
            .doNotHaveSimpleName("ClassifierApplication")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "org.apache.kafka..")
            .because("OCR, decisions, model swapping and the pipeline are plain Java: Spring and Kafka belong in"
                    + " *Configuration classes and the messaging/web adapters, so the domain is testable without them");

    static final ArchRule adaptersDoNotDependOnEachOther = noClasses()
            .that()
            .resideInAPackage("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..messaging..")
            .because("REST and Kafka are two independent doors to the same pipeline");

    @Test
    void domainImportsNeitherSpringNorKafka() {
        domainIsFrameworkFree.check(CLASSES);
    }

    @Test
    void restAndKafkaAdaptersAreIndependent() {
        adaptersDoNotDependOnEachOther.check(CLASSES);
    }
}
