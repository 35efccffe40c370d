package se.uppdragsstyrning.crash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One application instance as its own process: {@code java -jar target/uppdragsstyrning-*.jar} with the
 * production profile against the test's PostgreSQL schema and standalone engine, and the demo users and data.
 */
final class AppProcess {

    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    final String name;
    final int port;
    final Api api;
    final Path log;
    private final ProcessHandle process;
    private final ChildProcesses children;
    private final long startedAt = System.nanoTime();

    private AppProcess(String name, int port, Path log, ProcessHandle process, ChildProcesses children) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.children = children;
        this.api = new Api("http://127.0.0.1:" + port);
    }

    /**
     * Starts the instance; {@link #awaitReady()} waits for it. {@code demo}: the first instance on a fresh
     * schema loads the demo users and data; later ones (restarts, a second instance) start as in production.
     */
    static AppProcess start(ChildProcesses children, Path directory, String name, CrashDatabase database,
            EngineProcess engine, int port, boolean demo) throws IOException {
        Path log = directory.resolve(name + ".log");
        List<String> command = new ArrayList<>();
        command.add(CrashSettings.java());
        command.addAll(CrashSettings.appJvmArgs());
        command.add("-jar");
        command.add(CrashSettings.applicationJar().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("SPRING_PROFILES_ACTIVE", "prod");
        env.put("UPPDRAG_DB_URL", database.url());
        env.put("UPPDRAG_DB_USER", CrashSettings.pgUser());
        env.put("UPPDRAG_DB_PASSWORD", CrashSettings.pgPassword());
        env.put("SPRING_FLYWAY_SCHEMAS", database.schema);
        env.put("UPPDRAG_ZEEBE_GRPC_ADDRESS", engine.grpcAddress());
        env.put("UPPDRAG_ENGINE_STARTUPCHECKTIMEOUT", "PT30S");
        env.put("SERVER_PORT", Integer.toString(port));
        // readiness turns UP once the application is ready (models deployed, demo loaded): see awaitReady
        env.put("MANAGEMENT_ENDPOINT_HEALTH_PROBES_ENABLED", "true");
        env.put("UPPDRAG_DEMO_ENABLED", Boolean.toString(demo));
        env.putAll(CrashSettings.appEnvironment());
        Files.writeString(log, "==== " + name + " starting: " + String.join(" ", command) + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        Process started = builder.start();
        started.getOutputStream().close();
        children.register(started.toHandle(), "application " + name + " port=" + port);
        return new AppProcess(name, port, log, started.toHandle(), children);
    }

    /**
     * Until the application reports itself ready (after its start-up work: models deployed, instances started,
     * the demo loaded) and the coordinator can log in.
     */
    AppProcess awaitReady() {
        try {
            Awaitility.await(name + " ready").atMost(START_PATIENCE).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("died");
                        }
                        return api.get(null, "/actuator/health/readiness").status() == 200
                                && api.get("samordnare", "/api/periods").status() == 200;
                    });
        } catch (ConditionTimeoutException | IllegalStateException e) {
            throw new IllegalStateException(name + " did not become ready (alive: " + process.isAlive() + "); log "
                    + log + ":\n" + tail(40), e);
        }
        System.out.printf("[crash] application %s ready on port %d after %d s (pid=%d)%n", name, port,
                (System.nanoTime() - startedAt) / 1_000_000_000, process.pid());
        return this;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** kill -9. */
    void kill() {
        children.kill(process);
        System.out.printf("[crash] application %s pid=%d killed (SIGKILL)%n", name, process.pid());
    }

    /** The log's last lines, to explain a failure. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** How many ERROR lines the log has, and the first of them. */
    String errorSummary() {
        try {
            List<String> errors = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains(" ERROR ")).toList();
            return errors.size() + " ERROR lines" + (errors.isEmpty() ? "" : ", first: "
                    + errors.get(0).substring(0, Math.min(300, errors.get(0).length())));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
