package se.uppdragsstyrning.workflow;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.tasks.TaskEngine;

/**
 * What coordinators, process owners and administrators see of the engine: whether it answers, the instances
 * restored after it lost its state, and the jobs that failed (with no retries left: incidents).
 */
@Service
@Transactional(readOnly = true)
class EngineOverview {

    private final TaskEngine engine;
    private final ProcessRestorationRepository restorations;
    private final JobFailureRepository failures;

    EngineOverview(TaskEngine engine, ProcessRestorationRepository restorations, JobFailureRepository failures) {
        this.engine = engine;
        this.restorations = restorations;
        this.failures = failures;
    }

    record Restored(Instant at, String processId, String businessRef, String step) {
    }

    record Failure(Instant at, String jobType, String processId, String elementId, String businessRef,
            int retriesLeft, boolean incident, String message) {
    }

    record Overview(boolean reachable, List<Restored> restored, List<Failure> failures, long incidents) {
    }

    @PreAuthorize("hasAnyRole('COORDINATOR','PROCESS_OWNER','ADMIN')")
    Overview overview() {
        return new Overview(engine.isReachable(),
                restorations.findTop200ByOrderByRestoredAtDescIdDesc().stream()
                        .map(r -> new Restored(r.getRestoredAt(), r.getProcessId(), r.getBusinessRef(), r.getStep()))
                        .toList(),
                failures.findTop200ByResolvedAtIsNullOrderByFailedAtDescIdDesc().stream()
                        .map(f -> new Failure(f.getFailedAt(), f.getJobType(), f.getProcessId(), f.getElementId(),
                                f.getBusinessRef(), f.getRetriesLeft(), f.isIncident(), f.getErrorMessage()))
                        .toList(),
                failures.countByResolvedAtIsNullAndRetriesLeftLessThanEqual(0));
    }
}
