package dev.mailroom.training;

import dev.mailroom.model.registry.ModelRegistries;
import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.training.catalog.ModelCatalog;
import dev.mailroom.training.dataset.DatasetPolicy;
import dev.mailroom.training.job.TrainingDefaults;
import dev.mailroom.training.job.TrainingJobs;
import dev.mailroom.training.job.TrainingLimits;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the framework-free domain (registry, jobs, catalog) from configuration. */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ModelRegistry modelRegistry(RegistryProperties registry, S3Properties s3) {
        Map<String, String> settings = new HashMap<>();
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            settings.put(ModelRegistries.ENDPOINT, s3.endpoint());
        }
        if (s3.region() != null && !s3.region().isBlank()) {
            settings.put(ModelRegistries.REGION, s3.region());
        }
        settings.put(ModelRegistries.PATH_STYLE, Boolean.toString(s3.pathStyleAccess()));
        return ModelRegistries.open(registry.uri(), settings);
    }

    @Bean(destroyMethod = "close")
    TrainingJobs trainingJobs(ModelRegistry registry, TrainingProperties properties, Clock clock) {
        TrainingProperties.Defaults d = properties.defaults();
        TrainingDefaults defaults = new TrainingDefaults(
                d.model(),
                d.kernels(),
                d.search(),
                d.trials(),
                d.folds(),
                d.metric(),
                d.timeBudget(),
                d.testFraction(),
                d.seed(),
                d.cutMargin(),
                d.promotion(),
                d.promotionMargin());
        int parallelism = properties.trialParallelism() == 0
                ? Runtime.getRuntime().availableProcessors()
                : properties.trialParallelism();
        TrainingProperties.Limits l = properties.limits();
        TrainingLimits limits = new TrainingLimits(
                l.maxTrials(), l.maxTimeBudget(), l.maxFolds(), l.maxKernels(), l.maxSpaceValues(), l.maxDatasetRows());
        DatasetPolicy datasets = DatasetPolicy.of(
                properties.datasetRoots(), properties.allowedJdbcUrls(), properties.allowedMongodbUris());
        return new TrainingJobs(registry, defaults, limits, datasets, parallelism, properties.concurrentJobs(), clock);
    }

    @Bean
    ModelCatalog modelCatalog(ModelRegistry registry) {
        return new ModelCatalog(registry);
    }
}
