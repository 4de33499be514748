package dev.mailroom.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Layering inside the service: the pipeline is plain Java behind ports, channels reach S3, Kafka and
 * Tika only through it. Plain ArchUnit (its JUnit engine does not run on the JUnit 6 platform).
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPath(mainClasses());

    /** The folder of the main classes: importing by package name would scan every jar on the classpath. */
    private static Path mainClasses() {
        try {
            return Path.of(IngestApplication.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static final ArchRule pipelineIsFrameworkFree = noClasses()
            .that()
            .resideInAPackage("dev.mailroom.ingest.pipeline..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.apache.kafka..",
                    "software.amazon..",
                    "org.apache.tika..",
                    "org.apache.pdfbox..",
                    "jakarta.mail..")
            .because("the ingest flow and its acknowledgement rule are plain Java behind the ContentAnalyzer,"
                    + " RawStore and EventPublisher ports; put framework code in the adapter packages");

    static final ArchRule channelsUseOnlyThePipeline = noClasses()
            .that()
            .resideInAnyPackage("..ingest.web..", "..ingest.folder..", "..ingest.imap..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..ingest.storage..", "..ingest.messaging..", "..ingest.extraction..")
            .because("every channel acknowledges exactly when IngestPipeline returns; a channel talking to S3,"
                    + " Kafka or Tika directly would bypass that rule");

    static final ArchRule channelsAreIndependent = noClasses()
            .that()
            .resideInAnyPackage("..ingest.web..", "..ingest.folder..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("..ingest.imap..")
            .because("the three channels are independent doors to the same pipeline");

    @Test
    void pipelineImportsNoFrameworkOrLibraryAdapters() {
        pipelineIsFrameworkFree.check(CLASSES);
    }

    @Test
    void channelsReachStorageMessagingAndExtractionOnlyThroughThePipeline() {
        channelsUseOnlyThePipeline.check(CLASSES);
    }

    @Test
    void channelsDoNotDependOnEachOther() {
        channelsAreIndependent.check(CLASSES);
    }
}
