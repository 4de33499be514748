package dev.mailroom.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.mailroom.contracts.Label;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against mongo-java-server over the wire protocol, read with the official driver. */
class MongoDatasetIT {

    private MongoServer server;
    private String uri;

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        uri = "mongodb://127.0.0.1:" + address.getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            List<Document> docs = new ArrayList<>();
            for (int i = 0; i < 1_100; i++) {
                docs.add(new Document("ref", "m" + i)
                        .append("split", i < 1_000 ? "train" : "test")
                        .append("content", new Document("body", (i % 2 == 0 ? "CV attached " : "Broken heater ") + i))
                        .append("category", i % 2 == 0 ? "job_application" : "service_request"));
            }
            client.getDatabase("warehouse").getCollection("letters").insertMany(docs);
        }
    }

    @AfterEach
    void stopServer() {
        server.shutdownNow();
    }

    @Test
    void collectionIsReadWithNestedFieldsAndFilter() {
        var spec = new MongoDataset(
                uri, "warehouse", "letters", "content.body", "category", "ref", "{\"split\": \"train\"}");
        List<Long> progress = new ArrayList<>();

        Dataset data = new DatasetLoader(progress::add).load(spec.open());

        assertThat(data.rowsRead()).isEqualTo(1_000);
        assertThat(data.labelCounts())
                .containsEntry(Label.JOB_APPLICATION, 500)
                .containsEntry(Label.SERVICE_REQUEST, 500);
        assertThat(data.rows())
                .filteredOn(r -> r.id().equals("m4"))
                .singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("CV attached 4"));
        assertThat(progress).containsExactly(1_000L, 1_000L);
    }

    @Test
    void defaultIdIsTheObjectIdAndUnknownLabelIsRefused() {
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase("warehouse")
                    .getCollection("mixed")
                    .insertMany(List.of(
                            new Document("text", "invoice due").append("label", "invoice"),
                            new Document("text", "hello").append("label", "greeting")));
        }
        var spec = new MongoDataset(uri, "warehouse", "mixed", null, null, null, null);

        assertThatThrownBy(() -> new DatasetLoader().load(spec.open()))
                .isInstanceOfSatisfying(InvalidDatasetException.class, e -> assertThat(e.reason())
                        .isEqualTo(InvalidDatasetException.Reason.UNKNOWN_LABEL))
                .hasMessageContaining("greeting")
                .hasMessageMatching("(?s).*row '[0-9a-f]{24}'.*");
    }
}
