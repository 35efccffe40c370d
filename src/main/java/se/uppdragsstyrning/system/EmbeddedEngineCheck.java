package se.uppdragsstyrning.system;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;

/**
 * Stops start-up before any bean is created when the embedded default is asked for ({@code uppdrag.engine.embedded},
 * true unless the profile {@code prod} is active) but the in-memory engine is not on the classpath: the application
 * jar and the Docker image are built for production and leave the engine out. Without this check the application
 * would start without an engine and fail later on every call to it.
 */
class EmbeddedEngineCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Named, not imported: only the workflow module refers to Camunda's classes. */
    static final String ENGINE_CLASS = "io.camunda.zeebe.process.test.engine.EngineFactory";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        boolean embedded = context.getEnvironment().getProperty("uppdrag.engine.embedded", Boolean.class, true);
        if (embedded && !ClassUtils.isPresent(ENGINE_CLASS, context.getClassLoader())) {
            throw new EmbeddedEngineMissingException();
        }
    }
}
