package se.uppdragsstyrning.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One run of the standalone engine ({@code scripts/engine}), with its control channel. */
public final class EngineProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    public final int grpcPort;
    final int controlPort;
    public final ProcessHandle process;
    final Path log;
    private final ChildProcesses children;

    private EngineProcess(int grpcPort, int controlPort, ProcessHandle process, Path log, ChildProcesses children) {
        this.grpcPort = grpcPort;
        this.controlPort = controlPort;
        this.process = process;
        this.log = log;
        this.children = children;
    }

    /** Starts an engine through {@code scripts/engine start} and waits until it is ready. */
    public static EngineProcess start(ChildProcesses children, Path directory, String name, int grpcPort, int controlPort)
            throws IOException, InterruptedException {
        Path log = directory.resolve(name + ".log");
        Path pidFile = directory.resolve(name + ".pid");
        Path scriptOutput = directory.resolve(name + "-start.out");
        Process script = new ProcessBuilder("bash", CrashSettings.root().resolve("scripts/engine").toString(), "start",
                Integer.toString(grpcPort), "--control-port", Integer.toString(controlPort), "--pid-file",
                pidFile.toString(), "--log", log.toString(), "--timeout", "120")
                .directory(CrashSettings.root().toFile()).redirectErrorStream(true)
                .redirectOutput(scriptOutput.toFile()).start();
        if (!script.waitFor(10, TimeUnit.MINUTES)) {
            script.destroyForcibly();
            throw new IllegalStateException("scripts/engine start did not finish within 10 minutes");
        }
        List<String> output = Files.readAllLines(scriptOutput, StandardCharsets.UTF_8);
        if (script.exitValue() != 0) {
            throw new IllegalStateException("scripts/engine start failed:\n" + String.join("\n", output));
        }
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle handle = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("the engine " + pid + " is gone right after its start"));
        children.register(handle, "engine " + name + " grpc=" + grpcPort);
        System.out.printf("[crash] engine %s ready: grpc=%d control=%d pid=%d%n", name, grpcPort, controlPort, pid);
        return new EngineProcess(grpcPort, controlPort, handle, log, children);
    }

    public String grpcAddress() {
        return "http://127.0.0.1:" + grpcPort;
    }

    /** Moves the engine's clock forward: timers due in that time fire. */
    void advanceClock(Duration duration) throws IOException, InterruptedException {
        control("POST", "/clock?add=" + duration, Duration.ofSeconds(30));
    }

    /** Waits until the engine has nothing left to process (false if not within the patience). */
    public boolean idle(Duration patience) throws IOException, InterruptedException {
        return control("POST", "/idle?timeout=" + patience, patience.plusSeconds(10)).statusCode() == 200;
    }

    /** What this engine run holds (see StandaloneEngine#stats). */
    public JsonNode stats() throws IOException, InterruptedException {
        return JSON.readTree(control("GET", "/stats", Duration.ofSeconds(30)).body());
    }

    int openUserTaskJobs() throws IOException, InterruptedException {
        return stats().get("openUserTaskJobs").asInt();
    }

    /** kill -9: the engine and everything it held are gone. */
    public void kill() {
        children.kill(process);
        System.out.printf("[crash] engine pid=%d killed (SIGKILL)%n", process.pid());
    }

    private HttpResponse<String> control(String method, String path, Duration timeout)
            throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + controlPort
                + path)).timeout(timeout).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 504) {
            throw new IOException("engine control " + method + " " + path + ": " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }
}
