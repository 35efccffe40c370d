package se.uppdragsstyrning.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the embedded default the in-memory engine listens on a free local port chosen at start-up, and the
 * Camunda client is pointed at it before any client bean is created. Every application context (and so
 * every test context) gets an engine of its own.
 */
public class EmbeddedEnginePortAssigner implements EnvironmentPostProcessor {

    static final String PORT_PROPERTY = "uppdrag.engine.embedded-port";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("uppdrag.engine.embedded", Boolean.class, true)
                || environment.containsProperty(PORT_PROPERTY)) {
            return;
        }
        int port = freePort();
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedEngine", Map.of(
                PORT_PROPERTY, port,
                "camunda.client.grpc-address", "http://localhost:" + port,
                "camunda.client.rest-address", "http://localhost:" + port)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Ingen ledig port för den inbyggda processmotorn", e);
        }
    }
}
