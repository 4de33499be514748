package dev.mailroom.training.job;

import dev.mailroom.training.dataset.DatasetPolicy;
import dev.mailroom.training.dataset.DatasetSpec;
import dev.mailroom.training.search.SearchSpec;

/**
 * A validated training request with every default applied.
 *
 * @param model model name
 * @param dataset training data
 * @param testDataset held-out data or null
 * @param testFraction share held out when {@code testDataset} is null
 * @param search what to search
 * @param promotion promotion policy
 * @param promotionMargin if-better margin
 * @param datasetPolicy checked again when the job opens its datasets
 * @param maxDatasetRows most rows read from each dataset
 */
public record ResolvedTraining(
        String model,
        DatasetSpec dataset,
        DatasetSpec testDataset,
        double testFraction,
        SearchSpec search,
        PromotionPolicy promotion,
        double promotionMargin,
        DatasetPolicy datasetPolicy,
        long maxDatasetRows) {}
