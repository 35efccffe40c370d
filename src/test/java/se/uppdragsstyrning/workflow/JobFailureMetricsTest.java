package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.List;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy.ExceptionHandlingContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** A failing job is counted by type and by what follows, and then failed exactly as before. */
class JobFailureMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<Exception> handled = new ArrayList<>();
    private final JobExceptionHandlingStrategy strategy = wrap((e, context) -> {
        handled.add(e);
        throw e;
    });

    @Test
    void aFailureWithRetriesLeftIsARetryAndTheLastOneAnIncident() {
        assertThatThrownBy(() -> strategy.handleException(new IllegalStateException("borta"), job("task.remind", 3)))
                .hasMessage("borta");
        assertThatThrownBy(() -> strategy.handleException(new IllegalStateException("borta"), job("task.remind", 1)))
                .hasMessage("borta");

        assertThat(count("task.remind", "retry")).isEqualTo(1);
        assertThat(count("task.remind", "incident")).isEqualTo(1);
        assertThat(handled).hasSize(2);
    }

    @Test
    void aJobErrorsOwnRetriesDecideAndABpmnErrorIsNoFailure() throws Exception {
        assertThatThrownBy(() -> strategy.handleException(new JobError("ge upp", null, 0, null, null),
                job("period.open", 5))).isInstanceOf(JobError.class);
        assertThat(count("period.open", "incident")).isEqualTo(1);

        JobExceptionHandlingStrategy quiet = wrap((e, context) -> handled.add(e));
        quiet.handleException(new BpmnError("NO_REPORTS", "inga rapporter", null, null), job("period.open", 5));
        assertThat(registry.find(JobFailureMetrics.METRIC).tag("type", "period.open").tag("outcome", "retry")
                .counter()).isNull();
        assertThat(handled).hasSize(2);
    }

    @Test
    void whateverStrategyTheContextHasIsWrappedOnce() {
        JobFailureMetrics processor = new JobFailureMetrics(new DefaultListableBeanFactory().getBeanProvider(
                MeterRegistry.class));
        Object wrapped = processor.postProcessAfterInitialization((JobExceptionHandlingStrategy) (e, c) -> { },
                "jobExceptionHandlingStrategy");
        assertThat(wrapped).isInstanceOf(JobFailureMetrics.Counting.class);
        assertThat(processor.postProcessAfterInitialization(wrapped, "again")).isSameAs(wrapped);
        assertThat(processor.postProcessAfterInitialization("something else", "other")).isEqualTo("something else");
    }

    private JobExceptionHandlingStrategy wrap(JobExceptionHandlingStrategy delegate) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("registry", registry);
        return (JobExceptionHandlingStrategy) new JobFailureMetrics(beans.getBeanProvider(MeterRegistry.class))
                .postProcessAfterInitialization(delegate, "jobExceptionHandlingStrategy");
    }

    private static ExceptionHandlingContext job(String type, int retries) {
        ActivatedJob job = mock(ActivatedJob.class);
        when(job.getType()).thenReturn(type);
        when(job.getRetries()).thenReturn(retries);
        return new ExceptionHandlingContext(mock(JobClient.class), job, null);
    }

    private double count(String type, String outcome) {
        return registry.get(JobFailureMetrics.METRIC).tag("type", type).tag("outcome", outcome).counter().count();
    }
}
