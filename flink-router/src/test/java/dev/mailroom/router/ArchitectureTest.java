package dev.mailroom.router;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mailroom.router");

    @Test
    void rulesArePlainJava() {
        noClasses()
                .that()
                .resideInAPackage("dev.mailroom.router.rules..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.apache.flink..", "org.apache.kafka..")
                .because("routing, cleansing and validation are tested as plain Java; keep Flink and Kafka in the"
                        + " thin adapters of dev.mailroom.router")
                .check(classes);
    }

    @Test
    void nothingUsesShadedPackages() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..shaded..")
                .because("shaded packages are another library's internals; depend on the real artifact instead")
                .check(classes);
    }
}
