package dev.mailroom.training;

import dev.mailroom.model.registry.ModelRegistry;
import dev.mailroom.training.catalog.ModelCatalog;
import dev.mailroom.training.dataset.DatasetPolicy;
import dev.mailroom.training.job.TrainingDefaults;
import dev.mailroom.training.job.TrainingJobs;
import dev.mailroom.training.job.TrainingLimits;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the framework-free domain (jobs, catalog) from configuration; the registry bean comes from service-support
 * ({@code mailroom.registry.uri}, S3 on the service's one client).
 */
@Configuration(proxyBeanMethods = false)
class ServiceConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
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
