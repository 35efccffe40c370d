package se.uppdragsstyrning.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;

/**
 * A separate in-memory engine for one dry run, with its own client on a port of its own, stopped when the dry
 * run ends: nothing deployed or evaluated here reaches the live engine. It exists only where the in-memory engine
 * is on the classpath (the embedded default and the tests); the production jar leaves it out, so this class is
 * loaded only after {@code DecisionDryRun} found the engine there.
 */
final class ThrowAwayEngine implements AutoCloseable {

    private final ZeebeTestEngine engine;
    private final CamundaClient client;

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
