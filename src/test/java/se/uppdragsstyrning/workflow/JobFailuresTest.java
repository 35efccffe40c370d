package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy.ExceptionHandlingContext;
import io.camunda.client.metrics.MetricsRecorder;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.transaction.PlatformTransactionManager;

/** A failing worker's job on a mock: the failure is kept, the engine told to retry later, then an incident. */
class JobFailuresTest {

    JobFailureRepository repository = mock(JobFailureRepository.class);
    JobClient jobClient = mock(JobClient.class, RETURNS_DEEP_STUBS);
    ActivatedJob job = mock(ActivatedJob.class);
    MetricsRecorder metrics = mock(MetricsRecorder.class);
    JobFailures failures = new JobFailures(repository, mock(PlatformTransactionManager.class), metrics,
            Clock.fixed(Instant.parse("2026-09-10T06:00:00Z"), ZoneOffset.UTC));

    @Test
    void aFailureIsKeptAndRetriedAfterABackoffThatGrowsWithEachFailure() {
        aJob(3);
        when(repository.countByJobKey(42L)).thenReturn(1L);

        failures.handleException(new IllegalStateException("tjänsten svarar inte"),
                new ExceptionHandlingContext(jobClient, job, null));

        ArgumentCaptor<JobFailure> kept = ArgumentCaptor.forClass(JobFailure.class);
        verify(repository).save(kept.capture());
        assertThat(kept.getValue().getJobType()).isEqualTo("period.open");
        assertThat(kept.getValue().getBusinessRef()).isEqualTo("2026-INTERIM_AUGUST");
        assertThat(kept.getValue().getRetriesLeft()).isEqualTo(2);
        assertThat(kept.getValue().isIncident()).isFalse();
        assertThat(kept.getValue().getErrorMessage()).isEqualTo("tjänsten svarar inte");
        verify(jobClient.newFailCommand(job).retries(2)).retryBackoff(Duration.ofSeconds(20));
        verify(metrics).increase(MetricsRecorder.METRIC_NAME_JOB, MetricsRecorder.ACTION_FAILED, "period.open");
    }

    @Test
    void theLastRetryLeavesAnIncident() {
        aJob(1);

        failures.handleException(new IllegalStateException("fel"), new ExceptionHandlingContext(jobClient, job, null));

        ArgumentCaptor<JobFailure> kept = ArgumentCaptor.forClass(JobFailure.class);
        verify(repository).save(kept.capture());
        assertThat(kept.getValue().isIncident()).isTrue();
        verify(jobClient.newFailCommand(job)).retries(0);
    }

    @Test
    void theBackoffDoublesUpToTenMinutes() {
        assertThat(JobFailures.backoff(0)).isEqualTo(Duration.ofSeconds(10));
        assertThat(JobFailures.backoff(2)).isEqualTo(Duration.ofSeconds(40));
        assertThat(JobFailures.backoff(30)).isEqualTo(Duration.ofMinutes(10));
    }

    private void aJob(int retries) {
        when(job.getKey()).thenReturn(42L);
        when(job.getType()).thenReturn("period.open");
        when(job.getBpmnProcessId()).thenReturn("reporting-period");
        when(job.getElementId()).thenReturn("Task_RequestReports");
        when(job.getRetries()).thenReturn(retries);
        when(job.getVariablesAsMap()).thenReturn(Map.of("periodId", "2026-INTERIM_AUGUST"));
        when(repository.save(any())).thenAnswer(invocation -> invocation.getArgument(0));
    }
}
