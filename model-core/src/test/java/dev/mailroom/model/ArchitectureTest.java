package dev.mailroom.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Layering rules, checked with plain ArchUnit (its JUnit engine does not run on the JUnit 6 platform). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mailroom.model");

    static final ArchRule modelCoreIsFrameworkFree = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "org.apache.kafka..", "org.apache.flink..", "software.amazon..")
            .because("model-core is shared by training, serving, benchmarks and a Flink trial executor: framework "
                    + "wiring belongs in the service that uses it, and the S3 registry lives in model-registry-s3");

    static final ArchRule noShadedImports = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..shaded..")
            .because("shaded packages are a library's private copy and change without notice");

    static final ArchRule packagesPointOneWay = noClasses()
            .that()
            .resideInAnyPackage("dev.mailroom.model.features..", "dev.mailroom.model.eval..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("dev.mailroom.model.registry..", "dev.mailroom.model.pkg..")
            .because("features and evaluation are used by the package format and registry, not the other way round");

    @Test
    void modelCoreImportsNoFrameworks() {
        modelCoreIsFrameworkFree.check(CLASSES);
    }

    @Test
    void modelCoreImportsNoShadedPackages() {
        noShadedImports.check(CLASSES);
    }

    @Test
    void featuresAndEvaluationDoNotDependOnPackagingOrRegistry() {
        packagesPointOneWay.check(CLASSES);
    }
}
