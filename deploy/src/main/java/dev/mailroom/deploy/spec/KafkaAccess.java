package dev.mailroom.deploy.spec;

import dev.mailroom.contracts.Topic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one Kafka client may do on the cluster; with MSK IAM the stack turns it into {@code kafka-cluster:*} grants on
 * exactly these topics, groups and transactional ids.
 *
 * @param reads topics it consumes
 * @param writes topics it produces to (idempotently)
 * @param groups consumer groups it joins and commits offsets for
 * @param transactionalIdPrefix prefix of its transactional ids, empty for a producer without transactions
 */
public record KafkaAccess(
        List<Topic> reads, List<Topic> writes, List<String> groups, Optional<String> transactionalIdPrefix) {

    public KafkaAccess {
        reads = List.copyOf(reads);
        writes = List.copyOf(writes);
        groups = List.copyOf(groups);
        Objects.requireNonNull(transactionalIdPrefix, "transactionalIdPrefix");
        if (reads.isEmpty() != groups.isEmpty()) {
            throw new IllegalArgumentException("a consumer needs a group, a group needs topics to read");
        }
    }
}
