package se.uppdragsstyrning.bench;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;

/**
 * P1's baseline: the bare engine creating {@code n} instances of a process with one user task, handed out as
 * jobs of type {@code io.camunda.zeebe:userTask} (as the application's reporting tasks) to a plain job worker
 * that only notes each one; instance creation is bounded in flight. Answers the seconds until the worker has
 * seen every instance's task.
 */
final class BareEngine {

    static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";

    private BareEngine() {
    }

    /** Against a fresh in-memory engine in this JVM (the embedded default's kind). */
    static Result inThisJvm(int n, int inFlight, Duration patience) throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ZeebeTestEngine engine = EngineFactory.create(port);
        engine.start();
        try {
            return run("http://127.0.0.1:" + port, n, inFlight, patience);
        } finally {
            engine.stop();
        }
    }

    record Result(int created, int seen, double seconds) {
        double rate() {
            return seen / seconds;
        }
    }

    /** Against the engine behind a gRPC address (e.g. a standalone engine process). */
    static Result run(String grpcAddress, int n, int inFlight, Duration patience) throws Exception {
        BpmnModelInstance model = Bpmn.createExecutableProcess("bench-one-task").startEvent().userTask("task")
                .endEvent().done();
        URI address = URI.create(grpcAddress);
        try (CamundaClient client = CamundaClient.newClientBuilder().grpcAddress(address).restAddress(address)
                .preferRestOverGrpc(false).defaultRequestTimeout(Duration.ofSeconds(60)).build()) {
            client.newDeployResourceCommand().addProcessModel(model, "bench-one-task.bpmn").send().join();
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            AtomicInteger created = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            CountDownLatch arrived = new CountDownLatch(n);
            try (JobWorker worker = client.newWorker().jobType(USER_TASK_JOB)
                    .handler((jobs, job) -> {
                        if (seen.add(job.getProcessInstanceKey())) {
                            arrived.countDown();
                        }
                    }).maxJobsActive(32)
                    .timeout(Duration.ofMinutes(30)).streamEnabled(true).open()) {
                Semaphore slots = new Semaphore(inFlight);
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    slots.acquire();
                    client.newCreateInstanceCommand().bpmnProcessId("bench-one-task").latestVersion()
                            .variables(Map.of("n", i)).send().whenComplete((instance, error) -> {
                                (error == null ? created : failed).incrementAndGet();
                                slots.release();
                            });
                }
                arrived.await(patience.toMillis(), TimeUnit.MILLISECONDS);
                double seconds = (System.nanoTime() - start) / 1e9;
                slots.acquire(inFlight);
                if (failed.get() > 0) {
                    System.out.printf("[bench] baseline: %d instance creations failed%n", failed.get());
                }
                return new Result(created.get(), seen.size(), seconds);
            }
        }
    }
}
