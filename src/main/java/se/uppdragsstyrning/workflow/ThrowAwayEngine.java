package se.uppdragsstyrning.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.process.test.engine.EngineFactory;

/**
 * A separate in-memory engine for one dry run, with its own client on a port of its own, stopped when the dry
 * run ends: nothing deployed or evaluated here reaches the live engine. It exists only where the in-memory engine
 * is on the classpath (the embedded default and the tests); the production jar leaves it out, so this class is
 * loaded only after {@code DecisionDryRun} found the engine there.
 */
final class ThrowAwayEngine implements AutoCloseable {

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    /** The in-memory engine's clock is the system's plus what {@link #advance} added: not the application's. */
    private static final Clock SYSTEM = Clock.systemUTC();

    private final ZeebeTestEngine engine;
    private final CamundaClient client;
    private Duration advanced = Duration.ZERO;

    private ThrowAwayEngine() {
        int port = freePort();
        engine = EngineFactory.create(port);
        engine.start();
        URI address = URI.create("http://localhost:" + port);
        client = CamundaClient.newClientBuilder().grpcAddress(address).restAddress(address)
                .preferRestOverGrpc(false).build();
    }

    static ThrowAwayEngine start() {
        return new ThrowAwayEngine();
    }

    /** Deploys one decision table and answers the key of its decision {@code decisionId}. */
    long deployDecision(String fileName, String content, String decisionId) {
        DeploymentEvent deployment = client.newDeployResourceCommand()
                .addResourceBytes(content.getBytes(StandardCharsets.UTF_8), fileName).send().join();
        return deployment.getDecisions().stream().filter(d -> d.getDmnDecisionId().equals(decisionId))
                .findFirst().orElseThrow(() -> new IllegalStateException(fileName + " has no " + decisionId))
                .getDecisionKey();
    }

    /** Deploys the files in one deployment (a process with the forms and decision tables it links). */
    DeploymentEvent deploy(List<ModelFile> files) {
        DeploymentEvent event = ProcessDeployment.deployCommand(client, files).send().join();
        idle();
        return event;
    }

    CamundaClient client() {
        return client;
    }

    /** The engine's time now. */
    Instant now() {
        return SYSTEM.instant().plus(advanced);
    }

    /** Moves the engine's clock on, so that the timers due by then fire, and waits until the engine is idle. */
    void advance(Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            return;
        }
        engine.increaseTime(duration);
        advanced = advanced.plus(duration);
        idle();
    }

    /** Waits until the engine has processed everything sent to it. */
    void idle() {
        try {
            engine.waitForIdleState(IDLE_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The dry run's engine did not become idle", e);
        }
    }

    /** Every record the engine wrote so far. */
    Iterable<Record<?>> records() {
        return engine.getRecordStreamSource().getRecords();
    }

    /** The decision's output as JSON. */
    String evaluate(long decisionKey, Map<String, Object> variables) {
        return client.newEvaluateDecisionCommand().decisionKey(decisionKey).variables(variables).send().join()
                .getDecisionOutput();
    }

    @Override
    public void close() {
        client.close();
        engine.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for a dry run's engine", e);
        }
    }
}
