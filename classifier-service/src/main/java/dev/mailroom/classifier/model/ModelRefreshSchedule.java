package dev.mailroom.classifier.model;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.TaskScheduler;

/** Runs {@link ModelRefresher#refresh()} right after start and then every refresh interval, off request threads. */
final class ModelRefreshSchedule implements SmartLifecycle {

    private final ModelRefresher refresher;
    private final TaskScheduler scheduler;
    private final Duration interval;
    private volatile ScheduledFuture<?> task;

    ModelRefreshSchedule(ModelRefresher refresher, TaskScheduler scheduler, Duration interval) {
        this.refresher = refresher;
        this.scheduler = scheduler;
        this.interval = interval;
    }

    @Override
    public void start() {
        task = scheduler.scheduleWithFixedDelay(refresher::refresh, interval);
    }

    @Override
    public void stop() {
        ScheduledFuture<?> running = task;
        if (running != null) {
            running.cancel(false);
        }
        task = null;
    }

    @Override
    public boolean isRunning() {
        return task != null;
    }
}
