package se.uppdragsstyrning.workflow;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: Zeebe's in-memory engine started inside the application. It keeps everything in
 * memory and loses all state on restart, which the demo banner says. The application jar leaves the engine out
 * (it is an optional dependency): started without the profile prod, that jar stops with one sentence
 * ({@code system.EmbeddedEngineCheck}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "io.camunda.zeebe.process.test.engine.EngineFactory")
@ConditionalOnProperty(name = "uppdrag.engine.embedded", havingValue = "true", matchIfMissing = true)
class EmbeddedEngineConfiguration {

    static final String ENGINE_BEAN = "embeddedZeebeEngine";

    @Bean(name = ENGINE_BEAN, destroyMethod = "stop")
    ZeebeTestEngine embeddedZeebeEngine(@Value("${" + EmbeddedEnginePortAssigner.PORT_PROPERTY + "}") int port) {
        ZeebeTestEngine engine = EngineFactory.create(port);
        engine.start();
        return engine;
    }

    /** The incident the in-memory engine raised for a job, from its record stream (it has no search API). */
    @Bean
    IncidentKeys embeddedIncidentKeys(ZeebeTestEngine engine) {
        return jobKey -> {
            Long found = null;
            for (io.camunda.zeebe.protocol.record.Record<?> record : engine.getRecordStreamSource().getRecords()) {
                if (record.getValueType() == io.camunda.zeebe.protocol.record.ValueType.INCIDENT
                        && record.getIntent() == io.camunda.zeebe.protocol.record.intent.IncidentIntent.CREATED
                        && record.getValue() instanceof io.camunda.zeebe.protocol.record.value.IncidentRecordValue value
                        && value.getJobKey() == jobKey) {
                    found = record.getKey();
                }
            }
            return java.util.Optional.ofNullable(found);
        };
    }

    /** The Camunda client must not connect before the engine listens, nor outlive it. */
    @Bean
    static BeanFactoryPostProcessor camundaClientDependsOnEmbeddedEngine() {
        return EmbeddedEngineConfiguration::addEngineDependency;
    }

    private static void addEngineDependency(ConfigurableListableBeanFactory beanFactory) {
        if (beanFactory.containsBeanDefinition("camundaClient")) {
            var definition = beanFactory.getBeanDefinition("camundaClient");
            String[] existing = definition.getDependsOn();
            String[] dependsOn = existing == null ? new String[] {ENGINE_BEAN}
                    : java.util.stream.Stream.concat(java.util.Arrays.stream(existing),
                            java.util.stream.Stream.of(ENGINE_BEAN)).toArray(String[]::new);
            definition.setDependsOn(dependsOn);
        }
    }
}
