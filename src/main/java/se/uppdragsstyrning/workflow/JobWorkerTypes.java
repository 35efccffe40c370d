package se.uppdragsstyrning.workflow;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;

import io.camunda.client.annotation.JobWorker;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * The job types the application has workers for, collected from the {@code @JobWorker} methods of its beans as
 * they are created: an uploaded model may only use these ({@link ModelValidator}).
 */
@Component
class JobWorkerTypes implements BeanPostProcessor {

    private final Set<String> types = new ConcurrentSkipListSet<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (type.getName().startsWith("se.uppdragsstyrning.")) {
            ReflectionUtils.doWithMethods(type, method -> {
                JobWorker worker = AnnotatedElementUtils.findMergedAnnotation(method, JobWorker.class);
                if (worker != null) {
                    types.add(worker.type().isEmpty() ? method.getName() : worker.type());
                }
            });
        }
        return bean;
    }

    Set<String> types() {
        return Set.copyOf(types);
    }
}
