package se.uppdragsstyrning.workflow;

import io.camunda.client.exception.BpmnError;
import io.camunda.client.exception.JobError;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the job failures by job type and by what follows: {@code uppdrag.job.failures} with tags {@code type}
 * and {@code outcome} = {@code retry} (the engine will hand the job out again) or {@code incident} (no retries
 * left: the engine raises an incident and the process waits for someone). The Camunda SDK counts failures in
 * {@code camunda.job.invocations{action="failed"}} but not whether they were the last; this wraps whichever
 * {@link JobExceptionHandlingStrategy} the context has (the SDK's default or one of ours) without changing it.
 * The retries left are the ones the fail command will carry: a {@link JobError}'s own, otherwise one less than
 * the job had. A BPMN error is a modelled outcome, not a failure.
 */
@Component
class JobFailureMetrics implements BeanPostProcessor {

    static final String METRIC = "uppdrag.job.failures";

    private final ObjectProvider<MeterRegistry> registry;

    JobFailureMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof JobExceptionHandlingStrategy strategy && !(bean instanceof Counting)) {
            return new Counting(strategy, registry);
        }
        return bean;
    }

    /** The strategy that counts, then lets the wrapped one fail the job as before. */
    record Counting(JobExceptionHandlingStrategy delegate, ObjectProvider<MeterRegistry> registry)
            implements JobExceptionHandlingStrategy {

        @Override
        public void handleException(Exception e, ExceptionHandlingContext context) throws Exception {
            MeterRegistry meters = registry.getIfAvailable();
            if (meters != null && !(e instanceof BpmnError)) {
                int retriesLeft = e instanceof JobError error && error.getRetries() != null ? error.getRetries()
                        : context.job().getRetries() - 1;
                Counter.builder(METRIC)
                        .description("Job failures by job type: retried by the engine, or an incident")
                        .tag("type", context.job().getType())
                        .tag("outcome", retriesLeft > 0 ? "retry" : "incident")
                        .register(meters)
                        .increment();
            }
            delegate.handleException(e, context);
        }
    }
}
