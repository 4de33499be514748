package dev.mailroom.classifier.messaging;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.event.ConsumerStartedEvent;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * {@code kafkaListeners} health (in the liveness and readiness groups): DOWN when a listener container that
 * has started is no longer running, or one of its consumers stopped, whatever the cause: an {@link Error}
 * thrown by a listener, a fenced producer, an authorisation failure, or an operator's stop. A stopped
 * container consumes nothing while the service looks healthy; DOWN liveness lets the orchestrator replace
 * the task. Containers that never started (listeners waiting for a model, or disabled) do not count.
 */
final class ListenerContainersHealthIndicator implements HealthIndicator {

    private final KafkaListenerEndpointRegistry registry;
    private final Set<String> started = ConcurrentHashMap.newKeySet();

    ListenerContainersHealthIndicator(KafkaListenerEndpointRegistry registry) {
        this.registry = registry;
    }

    /** A container that started once is expected to run from then on. */
    @EventListener
    void consumerStarted(ConsumerStartedEvent event) {
        MessageListenerContainer container = event.getContainer(MessageListenerContainer.class);
        if (container != null && container.getListenerId() != null) {
            started.add(container.getListenerId());
        }
    }

    @Override
    public Health health() {
        Map<String, String> states = new TreeMap<>();
        boolean up = true;
        for (MessageListenerContainer container : registry.getAllListenerContainers()) {
            String id = container.getListenerId();
            if (container.isRunning()) {
                started.add(id);
            }
            String state = state(container);
            states.put(id, state);
            if (started.contains(id) && !"running".equals(state)) {
                up = false;
            }
        }
        return (up ? Health.up() : Health.down()).withDetails(states).build();
    }

    private static String state(MessageListenerContainer container) {
        if (!container.isRunning()) {
            return "stopped";
        }
        if (!container.isInExpectedState()) {
            return "consumer stopped abnormally";
        }
        if (container instanceof ConcurrentMessageListenerContainer<?, ?> concurrent) {
            long stopped = concurrent.getContainers().stream()
                    .filter(child -> !child.isRunning())
                    .count();
            if (stopped > 0) {
                return stopped + " of " + concurrent.getContainers().size() + " consumers stopped";
            }
        }
        return "running";
    }
}
