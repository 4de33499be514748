package dev.mailroom.training.dataset;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCursor;
import java.util.function.Consumer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;

/** A MongoDB collection, one document per training row, text and label in named (dotted) fields. */
final class MongoSource implements DatasetSource {

    /** Documents per round trip. */
    static final int BATCH_SIZE = 500;

    private final MongoDataset spec;

    MongoSource(MongoDataset spec) {
        this.spec = spec;
    }

    @Override
    public String description() {
        return "mongodb " + spec.database() + "." + spec.collection();
    }

    @Override
    public void read(Consumer<SourceRow> sink) {
        try (MongoClient client = MongoClients.create(spec.uri())) {
            Bson filter =
                    spec.filter() == null || spec.filter().isBlank() ? new Document() : Document.parse(spec.filter());
            try (MongoCursor<Document> cursor = client.getDatabase(spec.database())
                    .getCollection(spec.collection())
                    .find(filter)
                    .batchSize(BATCH_SIZE)
                    .iterator()) {
                while (cursor.hasNext()) {
                    Document doc = cursor.next();
                    sink.accept(new SourceRow(id(doc), string(doc, spec.labelField()), string(doc, spec.textField())));
                }
            }
        } catch (MongoException | IllegalArgumentException e) {
            throw new InvalidDatasetException(
                    InvalidDatasetException.Reason.UNREADABLE,
                    "cannot read " + description() + ": "
                            + Redaction.scrub(
                                    e.getMessage(),
                                    spec.uri(),
                                    Redaction.mongoUri(spec.uri()),
                                    Redaction.password(spec.uri())));
        }
    }

    private String id(Document doc) {
        Object id = doc.get(spec.idField());
        if (id instanceof ObjectId objectId) {
            return objectId.toHexString();
        }
        return id == null ? null : id.toString();
    }

    private static String string(Document doc, String dottedField) {
        Object value = doc;
        for (String part : dottedField.split("\\.")) {
            if (!(value instanceof Document d)) {
                return null;
            }
            value = d.get(part);
        }
        return value == null ? null : value.toString();
    }
}
