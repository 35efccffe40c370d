package se.uppdragsstyrning.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every process a crash test starts (engines, application instances), killed by PID when the test ends,
 * also when it fails, and at the latest when the test JVM exits. Each PID is also written to
 * {@code target/crash/pids/}, so that {@code .ci/run} can kill what a JVM that died itself left behind.
 */
public final class ChildProcesses implements AutoCloseable {

    private static final Set<ProcessHandle> ALL = ConcurrentHashMap.newKeySet();
    private static final Path PID_DIRECTORY = CrashSettings.root().resolve("target/crash/pids");

    static {
        killLeftovers();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ALL.forEach(ProcessHandle::destroyForcibly),
                "crash-children"));
    }

    /** What an earlier run left behind when its JVM was killed (e.g. by Failsafe's fork timeout). */
    private static void killLeftovers() {
        if (!Files.isDirectory(PID_DIRECTORY)) {
            return;
        }
        try (var files = Files.list(PID_DIRECTORY)) {
            for (Path file : files.toList()) {
                ProcessHandle.of(Long.parseLong(file.getFileName().toString()))
                        .filter(p -> ours(p.info().commandLine().orElse("")))
                        .ifPresent(p -> {
                            System.out.println("[crash] killing leftover " + p.pid() + " of an earlier run");
                            p.destroyForcibly();
                        });
                Files.deleteIfExists(file);
            }
        } catch (IOException | NumberFormatException e) {
            System.err.println("[crash] cannot clean up " + PID_DIRECTORY + ": " + e);
        }
    }

    private final Set<ProcessHandle> mine = ConcurrentHashMap.newKeySet();

    public ChildProcesses() {
    }

    /** An engine or application this project's crash tests start (a PID may have been reused since). */
    private static boolean ours(String commandLine) {
        String target = CrashSettings.root().resolve("target") + "/";
        return commandLine.contains(target)
                && (commandLine.contains("se.uppdragsstyrning.engine.StandaloneEngine")
                        || commandLine.contains("-jar " + target + "uppdragsstyrning-")
                        || commandLine.contains("se.uppdragsstyrning.UppdragsstyrningApplication"));
    }

    public void register(ProcessHandle process, String what) {
        mine.add(process);
        ALL.add(process);
        try {
            Files.createDirectories(PID_DIRECTORY);
            Files.writeString(PID_DIRECTORY.resolve(Long.toString(process.pid())), what + "\n");
        } catch (IOException e) {
            System.err.println("cannot record PID " + process.pid() + ": " + e);
        }
    }

    /** SIGKILL, and wait (bounded) until it is gone. */
    public void kill(ProcessHandle process) {
        process.destroyForcibly();
        try {
            process.onExit().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            System.err.println("process " + process.pid() + " did not end within 20 s of SIGKILL: " + e);
        }
        forget(process);
    }

    /** SIGTERM, then SIGKILL if it is still there after the patience. */
    public void stop(ProcessHandle process, Duration patience) {
        process.destroy();
        try {
            process.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
        forget(process);
    }

    private void forget(ProcessHandle process) {
        mine.remove(process);
        ALL.remove(process);
        try {
            Files.deleteIfExists(PID_DIRECTORY.resolve(Long.toString(process.pid())));
        } catch (IOException e) {
            // the PID file only helps .ci/run; a stale one names a dead process
        }
    }

    @Override
    public void close() {
        for (ProcessHandle process : List.copyOf(mine)) {
            if (process.isAlive()) {
                kill(process);
            } else {
                forget(process);
            }
        }
    }
}
