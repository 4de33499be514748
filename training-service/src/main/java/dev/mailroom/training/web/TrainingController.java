package dev.mailroom.training.web;

import dev.mailroom.training.job.JobNotFoundException;
import dev.mailroom.training.job.TrainingJob;
import dev.mailroom.training.job.TrainingJobs;
import dev.mailroom.training.job.TrainingRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Training jobs: start, list, inspect, cancel. */
@RestController
@RequestMapping("/api/v1/trainings")
class TrainingController {

    private final TrainingJobs jobs;

    TrainingController(TrainingJobs jobs) {
        this.jobs = jobs;
    }

    /** Starts a job; 202 with its id, progress at the Location. */
    @PostMapping
    ResponseEntity<Map<String, String>> start(@RequestBody TrainingRequest request) {
        TrainingJob job = jobs.submit(request);
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/trainings/" + job.id()))
                .body(Map.of("id", job.id(), "status", job.status().name()));
    }

    /** Every job, newest first. */
    @GetMapping
    List<TrainingJob> list() {
        return jobs.list();
    }

    /** One job: status, phase, trials done/total, best so far, ETA, leaderboard, resulting version. */
    @GetMapping("/{id}")
    TrainingJob get(@PathVariable String id) {
        return jobs.find(id).orElseThrow(() -> new JobNotFoundException(id));
    }

    /** Cancels a queued or running job (409 when it has ended). */
    @DeleteMapping("/{id}")
    ResponseEntity<TrainingJob> cancel(@PathVariable String id) {
        return ResponseEntity.accepted().body(jobs.cancel(id));
    }

    /** The same as DELETE, for clients that cannot send DELETE. */
    @PostMapping("/{id}/cancel")
    ResponseEntity<TrainingJob> cancelByPost(@PathVariable String id) {
        return cancel(id);
    }
}
