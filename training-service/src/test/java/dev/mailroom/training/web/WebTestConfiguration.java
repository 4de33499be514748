package dev.mailroom.training.web;

import dev.mailroom.model.LabelledText;
import dev.mailroom.model.features.FeatureConfig;
import dev.mailroom.model.kernel.Kernel;
import dev.mailroom.model.pkg.ModelPackage;
import dev.mailroom.model.registry.FileSystemModelRegistry;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.training.TestCorpus;
import dev.mailroom.training.TrainingProperties;
import dev.mailroom.training.catalog.ModelCatalog;
import dev.mailroom.training.dataset.DatasetPolicy;
import dev.mailroom.training.job.TrainingDefaults;
import dev.mailroom.training.job.TrainingJobs;
import dev.mailroom.training.job.TrainingLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Real domain beans on a fresh filesystem registry for the web slice tests. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(TrainingProperties.class)
class WebTestConfiguration {

    @Bean
    ModelRegistry modelRegistry() throws IOException {
        return new FileSystemModelRegistry(Files.createTempDirectory("training-web-registry"));
    }

    /** Datasets only under {@value #DATASET_ROOT} (which does not exist: jobs accepted there fail to read). */
    static final String DATASET_ROOT = "/nonexistent";

    @Bean(destroyMethod = "close")
    TrainingJobs trainingJobs(ModelRegistry registry) {
        return new TrainingJobs(
                registry,
                TrainingDefaults.standard(),
                TrainingLimits.standard(),
                DatasetPolicy.of(
                        List.of(DATASET_ROOT), List.of("jdbc:postgresql://127\\.0\\.0\\.1:5432/[a-z]+"), List.of()),
                1,
                1,
                Clock.systemUTC());
    }

    @Bean
    ModelCatalog modelCatalog(ModelRegistry registry) {
        return new ModelCatalog(registry);
    }

    /** Publishes a small naive Bayes model as the next version of {@code name}. */
    static String publish(ModelRegistry registry, String name, long seed) {
        List<LabelledText> data = TestCorpus.generate(140, seed);
        var model = Kernel.NAIVE_BAYES.train(data, Map.of(), FeatureConfig.defaults(), seed);
        return registry.publish(ModelPackage.of(
                model,
                name,
                Map.of("heldOut", Map.of("macroF1", 0.9, "accuracy", 0.91)),
                "fp",
                data.size(),
                "job-x",
                Instant.parse("2026-11-25T10:00:00Z")));
    }
}
