package dev.mailroom.training.dataset;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Where a training job takes its data from; {@code type} is {@code file}, {@code jdbc} or {@code mongodb}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FileDataset.class, name = "file"),
    @JsonSubTypes.Type(value = JdbcDataset.class, name = "jdbc"),
    @JsonSubTypes.Type(value = MongoDataset.class, name = "mongodb")
})
public sealed interface DatasetSpec permits FileDataset, JdbcDataset, MongoDataset {

    /** The source that reads this dataset. */
    DatasetSource open();

    /** This dataset without secrets (passwords, credentials in connection strings), for job documents and logs. */
    DatasetSpec redacted();
}
