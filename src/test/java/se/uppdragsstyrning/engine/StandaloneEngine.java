package se.uppdragsstyrning.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.DeploymentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;

/**
 * Zeebe's in-memory engine (zeebe-process-test-engine) as a process of its own, serving the real Zeebe gRPC
 * protocol, so that the application can be killed while the engine lives on, as against a Camunda 8 cluster.
 * For tests and local runs only; started by {@code scripts/engine}.
 *
 * <pre>java se.uppdragsstyrning.engine.StandaloneEngine &lt;grpc-port&gt; [&lt;control-port&gt;]</pre>
 *
 * Prints {@code ENGINE READY grpc=<port> control=<port>} on stdout once both ports listen. The control port
 * (default: gRPC port + 1, loopback only) is plain HTTP for tests:
 * <ul>
 * <li>{@code GET /health}: {@code UP}</li>
 * <li>{@code POST /clock?add=P8D}: moves the engine's clock forward (ISO-8601 duration), so timers fire</li>
 * <li>{@code POST /idle[?timeout=PT10S]}: answers once the engine has nothing left to process (504 if not in
 * time)</li>
 * <li>{@code GET /stats}: what this engine run holds, as JSON: deployments, process instances started and ended
 * per process id, jobs per type and intent, and {@code openUserTaskJobs} (user-task jobs neither completed nor
 * cancelled)</li>
 * </ul>
 * Stops on SIGTERM ({@code kill PID}); the engine leaves a non-daemon timer thread behind, so the shutdown
 * hook halts the JVM once the engine is stopped.
 */
public final class StandaloneEngine {

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(10);
    private static final String USER_TASK_JOB = "io.camunda.zeebe:userTask";

    private StandaloneEngine() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: StandaloneEngine <grpc-port> [<control-port>]");
            System.exit(2);
        }
        int grpcPort = Integer.parseInt(args[0]);
        int controlPort = args.length > 1 ? Integer.parseInt(args[1]) : grpcPort + 1;
        quietLogging();

        ZeebeTestEngine engine = EngineFactory.create(grpcPort);
        engine.start();
        HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", controlPort), 16);
        control.setExecutor(Executors.newFixedThreadPool(4, daemon("engine-control")));
        control.createContext("/health", exchange -> answer(exchange, 200, "UP"));
        control.createContext("/clock", exchange -> clock(engine, exchange));
        control.createContext("/idle", exchange -> idle(engine, exchange));
        control.createContext("/stats", exchange -> answer(exchange, 200, stats(engine)));
        control.start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(engine, control, stopped), "engine-stop"));
        awaitListening(grpcPort, Duration.ofSeconds(30));
        System.out.println("ENGINE READY grpc=" + grpcPort + " control=" + controlPort);
        System.out.flush();
        stopped.await();
    }

    private static void stop(ZeebeTestEngine engine, HttpServer control, CountDownLatch stopped) {
        System.out.println("ENGINE STOPPING");
        Thread stopper = new Thread(() -> {
            control.stop(0);
            engine.stop();
        }, "engine-stopper");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(STOP_PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println("ENGINE STOPPED");
        System.out.flush();
        stopped.countDown();
        Runtime.getRuntime().halt(0);
    }

    private static void clock(ZeebeTestEngine engine, HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "POST /clock?add=P8D");
            return;
        }
        String add = query(exchange.getRequestURI()).get("add");
        Duration duration;
        try {
            duration = Duration.parse(add == null ? "" : add);
        } catch (DateTimeParseException e) {
            answer(exchange, 400, "add must be an ISO-8601 duration such as P8D or PT10M, was " + add);
            return;
        }
        if (duration.isNegative()) {
            answer(exchange, 400, "the engine's clock only goes forward");
            return;
        }
        engine.increaseTime(duration);
        System.out.println("ENGINE CLOCK +" + duration);
        answer(exchange, 200, "clock +" + duration);
    }

    private static void idle(ZeebeTestEngine engine, HttpExchange exchange) throws IOException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "POST /idle?timeout=PT10S");
            return;
        }
        String timeout = query(exchange.getRequestURI()).getOrDefault("timeout", "PT10S");
        try {
            engine.waitForIdleState(Duration.parse(timeout));
            answer(exchange, 200, "idle");
        } catch (DateTimeParseException e) {
            answer(exchange, 400, "timeout must be an ISO-8601 duration, was " + timeout);
        } catch (TimeoutException e) {
            answer(exchange, 504, "not idle within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer(exchange, 503, "interrupted");
        }
    }

    /** Counts over the engine's whole record stream (the in-memory engine keeps every record). */
    static String stats(ZeebeTestEngine engine) {
        int deployments = 0;
        Map<String, Integer> started = new TreeMap<>();
        Map<String, Integer> ended = new TreeMap<>();
        Map<String, Integer> jobs = new TreeMap<>();
        Set<Long> openUserTaskJobs = new HashSet<>();
        for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
            if (record.getRecordType() != RecordType.EVENT) {
                continue;
            }
            if (record.getValueType() == ValueType.DEPLOYMENT && record.getIntent() == DeploymentIntent.CREATED) {
                deployments++;
            } else if (record.getValueType() == ValueType.PROCESS_INSTANCE
                    && record.getValue() instanceof ProcessInstanceRecordValue value
                    && value.getBpmnElementType() == BpmnElementType.PROCESS) {
                if (record.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED) {
                    started.merge(value.getBpmnProcessId(), 1, Integer::sum);
                } else if (record.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                        || record.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
                    ended.merge(value.getBpmnProcessId(), 1, Integer::sum);
                }
            } else if (record.getValueType() == ValueType.JOB && record.getValue() instanceof JobRecordValue job) {
                jobs.merge(job.getType() + " " + record.getIntent().name(), 1, Integer::sum);
                if (USER_TASK_JOB.equals(job.getType())) {
                    if (record.getIntent() == JobIntent.CREATED) {
                        openUserTaskJobs.add(record.getKey());
                    } else if (record.getIntent() == JobIntent.COMPLETED || record.getIntent() == JobIntent.CANCELED
                            || record.getIntent() == JobIntent.ERROR_THROWN) {
                        openUserTaskJobs.remove(record.getKey());
                    }
                }
            }
        }
        return "{\"deployments\": " + deployments + ", \"openUserTaskJobs\": " + openUserTaskJobs.size()
                + ", \"processInstancesStarted\": " + json(started) + ", \"processInstancesEnded\": " + json(ended)
                + ", \"jobs\": " + json(jobs) + "}";
    }

    private static String json(Map<String, Integer> counts) {
        StringBuilder out = new StringBuilder("{");
        counts.forEach((key, count) -> out.append(out.length() > 1 ? ", " : "").append('"')
                .append(key.replace("\\", "\\\\").replace("\"", "\\\"")).append("\": ").append(count));
        return out.append('}').toString();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        String query = uri.getQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(pair.substring(0, equals), pair.substring(equals + 1));
                }
            }
        }
        return parameters;
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                text.startsWith("{") ? "application/json" : "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void awaitListening(int port, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the engine does not listen on port " + port, notYet);
                }
                Thread.sleep(50);
            }
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The engine logs at DEBUG without a configuration; keep its warnings only. */
    private static void quietLogging() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
        }
    }
}
