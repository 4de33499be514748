package dev.mailroom.classifier.model;

import dev.mailroom.contracts.Route;
import dev.mailroom.model.LoadedModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The models serving right now, one per slot. A swap is a single reference write: a request that
 * already took a model finishes on it, the next one gets the new model, none waits or fails.
 */
public final class ActiveModels {

    private final AtomicReference<LoadedModel> text = new AtomicReference<>();
    private final AtomicReference<LoadedModel> scanned = new AtomicReference<>();
    private final List<Consumer<Swap>> swapListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> whenReady = new ArrayList<>();

    /** The model for documents of {@code route}: scans use the scanned model, else the text model. */
    public LoadedModel forRoute(Route route) {
        LoadedModel model = route == Route.SCANNED ? scanned.get() : null;
        if (model == null) {
            model = text.get();
        }
        if (model == null) {
            throw new ModelUnavailableException("no text model loaded yet: has a version been promoted to production?");
        }
        return model;
    }

    /** The model in {@code slot}, if one is loaded. */
    public Optional<LoadedModel> current(Slot slot) {
        return Optional.ofNullable(ref(slot).get());
    }

    /** True once a text model serves (every route can then be classified). */
    public boolean ready() {
        return text.get() != null;
    }

    /** Runs {@code action} now if ready, else once the first text model is installed. */
    public void whenReady(Runnable action) {
        synchronized (whenReady) {
            if (!ready()) {
                whenReady.add(action);
                return;
            }
        }
        action.run();
    }

    /** Calls {@code listener} after every swap. */
    public void onSwap(Consumer<Swap> listener) {
        swapListeners.add(listener);
    }

    /** Puts {@code model} into {@code slot}; returns the model it replaced, if any. */
    public Optional<LoadedModel> install(Slot slot, LoadedModel model) {
        LoadedModel previous = ref(slot).getAndSet(model);
        Swap swap = new Swap(slot, Optional.ofNullable(previous), model);
        swapListeners.forEach(listener -> listener.accept(swap));
        List<Runnable> pending = List.of();
        synchronized (whenReady) {
            if (ready() && !whenReady.isEmpty()) {
                pending = List.copyOf(whenReady);
                whenReady.clear();
            }
        }
        pending.forEach(Runnable::run);
        return Optional.ofNullable(previous);
    }

    private AtomicReference<LoadedModel> ref(Slot slot) {
        return slot == Slot.TEXT ? text : scanned;
    }

    /** The two models in service. */
    public enum Slot {
        TEXT,
        SCANNED
    }

    /**
     * One swap.
     *
     * @param slot the slot swapped
     * @param previous the model it replaced
     * @param current the model now serving
     */
    public record Swap(Slot slot, Optional<LoadedModel> previous, LoadedModel current) {}
}
