package dev.mailroom.router;

import dev.mailroom.contracts.DocumentRejected;
import dev.mailroom.contracts.DocumentRouted;
import dev.mailroom.contracts.EventCodec;
import dev.mailroom.contracts.Route;
import dev.mailroom.contracts.Topic;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Encodes events into {@link OutboundRecord}s keyed by documentId. */
final class Outbound {

    private final EventCodec codec;

    Outbound(EventCodec codec) {
        this.codec = codec;
    }

    OutboundRecord routed(DocumentRouted event) {
        Topic topic = event.route() == Route.TEXT ? Topic.TEXT : Topic.SCANNED;
        return new OutboundRecord(topic, event.route().code(), key(event.documentId()), codec.encode(event));
    }

    OutboundRecord rejected(DocumentRejected event) {
        return new OutboundRecord(Topic.REJECTED, event.reason().code(), key(event.documentId()), codec.encode(event));
    }

    private static byte[] key(UUID documentId) {
        return documentId == null ? null : documentId.toString().getBytes(StandardCharsets.UTF_8);
    }
}
