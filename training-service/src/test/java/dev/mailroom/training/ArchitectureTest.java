package dev.mailroom.training;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.mailroom.training");

    @Test
    void domainPackagesStayFreeOfSpring() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "..training.dataset..",
                        "..training.search..",
                        "..training.job..",
                        "..training.catalog..",
                        "..training.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.servlet..")
                .because("datasets, search, jobs and the CLI run without Spring (the CLI never starts the web"
                        + " server, and a Flink trial executor must reuse the search code); wire them in"
                        + " ServiceConfiguration instead")
                .check(classes);
    }

    @Test
    void webAdaptersAreNotUsedByTheDomain() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..training.web..", "dev.mailroom.training")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..training.web..")
                .because("controllers are thin adapters at the edge; the domain must not call back into them")
                .check(classes);
    }
}
