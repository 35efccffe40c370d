package se.uppdragsstyrning.crash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the crash tests run against. PostgreSQL from the environment ({@code UPPDRAG_CRASH_PG_URL}, a database
 * the tests may create schemas in; {@code UPPDRAG_CRASH_PG_USER}, {@code UPPDRAG_CRASH_PG_PASSWORD}); the
 * application's jar from {@code target/}; the bounds from system properties (see README "Tests and CI").
 */
public final class CrashSettings {

    private CrashSettings() {
    }

    public static String pgUrl() {
        String url = System.getenv("UPPDRAG_CRASH_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("UPPDRAG_CRASH_PG_URL is not set: the crash tests (-Pcrash) need a"
                    + " PostgreSQL database, e.g. jdbc:postgresql://127.0.0.1:5432/uppdrag_crash (.ci/run sets it)");
        }
        return url;
    }

    public static String pgUser() {
        return env("UPPDRAG_CRASH_PG_USER", "postgres");
    }

    public static String pgPassword() {
        return env("UPPDRAG_CRASH_PG_PASSWORD", "");
    }

    /** How long tasks handed to a killed instance may take to arrive (the job lease plus slack). */
    static Duration taskWait() {
        return duration("crash.taskWait", "PT3M");
    }

    /** How long the application may take to restore its instances on a fresh engine. */
    static Duration restoreWait() {
        return duration("crash.restoreWait", "PT90S");
    }

    /** How long the compilations, kommunstyrelsen's task and similar follow-ups may take to appear. */
    static Duration cycleWait() {
        return duration("crash.cycleWait", "PT2M");
    }

    /** The concurrency test's load duration (CI: 60 s). */
    static Duration loadDuration() {
        return duration("crash.loadDuration", "PT60S");
    }

    static int loadThreads() {
        return Integer.getInteger("crash.loadThreads", 50);
    }

    /**
     * Extra environment for every application process, {@code NAME=VALUE} separated by commas. The default
     * shortens what an operator may tune, so that the bounded waits stay short: the timeout of service-task
     * jobs (Camunda's default is five minutes), how often the engine is checked for lost instances, and how
     * soon undelivered events are handed out again. The user-task lease (two minutes) is fixed.
     */
    static Map<String, String> appEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        String spec = System.getProperty("crash.appEnv", "CAMUNDA_CLIENT_WORKER_DEFAULTS_TIMEOUT=PT60S,"
                + "UPPDRAG_ENGINE_RECOVERYCHECK=PT15S,UPPDRAG_EVENTS_RESUBMISSION_INTERVAL=PT20S,"
                + "UPPDRAG_EVENTS_RESUBMISSION_OLDERTHAN=PT20S");
        for (String pair : spec.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                env.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return env;
    }

    static List<String> appJvmArgs() {
        return Arrays.stream(System.getProperty("crash.appJvmArgs",
                "-Xmx768m -XX:+UseSerialGC -XX:TieredStopAtLevel=1").trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).toList();
    }

    static boolean keepSchemas() {
        return Boolean.getBoolean("crash.keepSchemas");
    }

    public static Path root() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    static Path workDirectory(String scenario) {
        Path dir = root().resolve("target/crash").resolve(scenario);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The application's executable jar, built by the package phase. */
    public static Path applicationJar() {
        try (Stream<Path> files = Files.list(root().resolve("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("uppdragsstyrning-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException(
                            "target/uppdragsstyrning-*.jar is missing: run ./mvnw -B -Pcrash verify"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Duration duration(String property, String fallback) {
        return Duration.parse(System.getProperty(property, fallback));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
