package se.uppdragsstyrning.workflow;

import java.time.Clock;
import java.time.Duration;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens when a worker fails: the failure is kept in the database (never only in the engine's log) and the
 * engine is told to retry with a growing backoff - 10 s, 20 s, 40 s, ... - until the job's retries are spent and the
 * engine raises an incident. Coordinators see both on the engine page; the process owner's page retries incidents.
 */
@Component
class JobFailures implements JobExceptionHandlingStrategy {

    static final Duration FIRST_BACKOFF = Duration.ofSeconds(10);
    static final Duration LONGEST_BACKOFF = Duration.ofMinutes(10);
    static final int MESSAGE_LENGTH = 4000;

    private static final Logger log = LoggerFactory.getLogger(JobFailures.class);

    private final JobFailureRepository failures;
    private final TransactionTemplate transactions;
    private final MetricsRecorder metrics;
    private final Clock clock;

    JobFailures(JobFailureRepository failures, PlatformTransactionManager transactionManager, MetricsRecorder metrics,
            Clock clock) {
        this.failures = failures;
        this.transactions = new TransactionTemplate(transactionManager);
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void handleException(Exception exception, ExceptionHandlingContext context) {
        ActivatedJob job = context.job();
        int retriesLeft = Math.max(job.getRetries() - 1, 0);
        String message = message(exception);
        log.warn("Jobbet {} ({}, {}) misslyckades, {} försök kvar: {}", job.getKey(), job.getType(),
                job.getElementId(), retriesLeft, message, exception);
        long failedBefore = transactions.execute(status -> {
            long earlier = failures.countByJobKey(job.getKey());
            failures.save(new JobFailure(clock.instant(), job.getKey(), job.getType(), job.getBpmnProcessId(),
                    job.getElementId(), job.getProcessInstanceKey(), businessRef(job), retriesLeft, message));
            return earlier;
        });
        context.jobClient().newFailCommand(job).retries(retriesLeft).retryBackoff(backoff(failedBefore))
                .errorMessage(message).send().join();
        metrics.increase(MetricsRecorder.METRIC_NAME_JOB, MetricsRecorder.ACTION_FAILED, job.getType());
    }

    /**
     * The wait before the next try: {@link #FIRST_BACKOFF} after the first failure, doubling with each failure of
     * the same job before it, at most {@link #LONGEST_BACKOFF}.
     */
    static Duration backoff(long failedBefore) {
        Duration wait = FIRST_BACKOFF.multipliedBy(1L << Math.min(failedBefore, 10));
        return wait.compareTo(LONGEST_BACKOFF) > 0 ? LONGEST_BACKOFF : wait;
    }

    private static String businessRef(ActivatedJob job) {
        Object ref = job.getVariablesAsMap().getOrDefault("assignmentRef", job.getVariablesAsMap().get("periodId"));
        return ref == null ? null : ref.toString();
    }

    private static String message(Exception exception) {
        String text = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        return text.length() > MESSAGE_LENGTH ? text.substring(0, MESSAGE_LENGTH) : text;
    }
}
