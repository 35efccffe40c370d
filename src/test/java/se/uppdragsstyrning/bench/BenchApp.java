package se.uppdragsstyrning.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import se.uppdragsstyrning.crash.Api;
import se.uppdragsstyrning.crash.ChildProcesses;
import se.uppdragsstyrning.crash.CrashDatabase;
import se.uppdragsstyrning.crash.CrashSettings;
import se.uppdragsstyrning.crash.EngineProcess;

/**
 * The application as a process of its own, either the embedded default (in-memory engine in-process, the file
 * database, the demo) run from {@code target/classes} and the dependency class path, or the production profile
 * from the jar against PostgreSQL and the standalone engine (as the crash tests run it). Measures its start-up,
 * resident memory and heap.
 */
final class BenchApp {

    static final String METRICS_USER = "benchmetrics";
    private static final String METRICS_PASSWORD = "bench-metrics-secret";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final String name;
    final int port;
    final Api api;
    final Path log;
    final ProcessHandle process;
    private final long startedAt;
    private double readySeconds = Double.NaN;

    private BenchApp(String name, int port, Path log, ProcessHandle process, long startedAt) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedAt = startedAt;
        this.api = new Api("http://127.0.0.1:" + port);
    }

    /** The embedded default, with a fresh file database under {@code directory}: the demo loads at start-up. */
    static BenchApp embedded(ChildProcesses children, Path directory, String name, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(CrashSettings.java()));
        command.addAll(BenchSettings.appJvmArgs());
        command.addAll(List.of("-cp", CrashSettings.root().resolve("target/classes") + java.io.File.pathSeparator
                + BenchSettings.dependencyClasspath(), "se.uppdragsstyrning.UppdragsstyrningApplication",
                "--server.port=" + port, "--uppdrag.data-dir=" + directory.resolve(name + "-data")));
        return start(children, directory, name, port, command, Map.of());
    }

    /** The production profile from the jar against the database's schema and the standalone engine, with the demo. */
    static BenchApp production(ChildProcesses children, Path directory, String name, int port, CrashDatabase database,
            EngineProcess engine) throws IOException {
        List<String> command = new ArrayList<>(List.of(CrashSettings.java()));
        command.addAll(BenchSettings.appJvmArgs());
        command.addAll(List.of("-jar", CrashSettings.applicationJar().toString()));
        return start(children, directory, name, port, command, Map.of("SPRING_PROFILES_ACTIVE", "prod",
                "UPPDRAG_DB_URL", database.url(), "UPPDRAG_DB_USER", CrashSettings.pgUser(),
                "UPPDRAG_DB_PASSWORD", CrashSettings.pgPassword(), "SPRING_FLYWAY_SCHEMAS", database.schema,
                "UPPDRAG_ZEEBE_GRPC_ADDRESS", engine.grpcAddress(), "UPPDRAG_DEMO_ENABLED", "true",
                "SERVER_PORT", Integer.toString(port)));
    }

    private static BenchApp start(ChildProcesses children, Path directory, String name, int port, List<String> command,
            Map<String, String> environment) throws IOException {
        Path log = directory.resolve(name + ".log");
        Files.writeString(log, "==== " + name + ": " + String.join(" ", command) + "\n", StandardCharsets.UTF_8);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("UPPDRAG_METRICS_USERNAME", METRICS_USER);
        builder.environment().put("UPPDRAG_METRICS_PASSWORD", METRICS_PASSWORD);
        BenchSettings.appEnvironment().forEach(pair -> builder.environment().put(pair[0], pair[1]));
        long startedAt = System.nanoTime();
        Process started = builder.start();
        started.getOutputStream().close();
        children.register(started.toHandle(), "bench application " + name + " port=" + port);
        return new BenchApp(name, port, log, started.toHandle(), startedAt);
    }

    /**
     * Until the application reports itself ready (models deployed, demo loaded) and the coordinator can log in;
     * answers the seconds since the process started.
     */
    double awaitReady(Duration patience) {
        Awaitility.await(name + " ready").atMost(patience).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " died; see " + log);
                    }
                    return api.get(null, "/actuator/health/readiness").status() == 200
                            && api.get("samordnare", "/api/periods").status() == 200;
                });
        readySeconds = (System.nanoTime() - startedAt) / 1e9;
        System.out.printf("[bench] %s ready on port %d after %.1f s (pid=%d)%n", name, port, readySeconds,
                process.pid());
        return readySeconds;
    }

    double readySeconds() {
        return readySeconds;
    }

    /** Resident set size in MiB (VmRSS of /proc/PID/status). */
    double rssMiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    /** Heap used in MiB, as the actuator's metrics report it (jvm_memory_used_bytes, area heap). */
    double heapMiB() throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(api.baseUrl
                + "/actuator/prometheus")).timeout(Duration.ofSeconds(30)).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((METRICS_USER + ":" + METRICS_PASSWORD)
                                .getBytes(StandardCharsets.UTF_8))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("/actuator/prometheus answered " + response.statusCode());
        }
        double bytes = 0;
        for (String line : response.body().split("\n")) {
            if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                bytes += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    /** A full garbage collection in the application ({@code jcmd PID GC.run}), so that heap figures compare. */
    void collectGarbage() throws IOException, InterruptedException {
        Path jcmd = Path.of(CrashSettings.java()).resolveSibling("jcmd");
        Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!gc.waitFor(60, TimeUnit.SECONDS)) {
            gc.destroyForcibly();
        }
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
}
