package se.uppdragsstyrning.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import se.uppdragsstyrning.crash.CrashSettings;

/**
 * The benchmark's scale and bounds, all system properties ({@code -Dbench.p1.assignments=300} on the Maven command
 * line; the bench profile passes every {@code bench.*} property on). The defaults are the full scale of issue 14.
 */
final class BenchSettings {

    private BenchSettings() {
    }

    /** P1: assignments registered for the period, each with {@link #p1Organisations()} responsible organisations. */
    static int p1Assignments() {
        return Integer.getInteger("bench.p1.assignments", 300);
    }

    static int p1Organisations() {
        return Integer.getInteger("bench.p1.organisations", 6);
    }

    /** P1: how many instance creations the bare-engine baseline keeps in flight. */
    static int p1InFlight() {
        return Integer.getInteger("bench.p1.inFlight", 32);
    }

    /** P1: how long the opening may take before the run gives up on it. */
    static Duration p1Patience() {
        return Duration.parse(System.getProperty("bench.p1.patience", "PT10M"));
    }

    /** P2: the generated history (500 × 8 × 3 × 20 ≈ 240,000 reports at full scale). */
    static int p2Assignments() {
        return Integer.getInteger("bench.p2.assignments", 500);
    }

    static int p2Organisations() {
        return Integer.getInteger("bench.p2.organisations", 8);
    }

    static int p2Years() {
        return Integer.getInteger("bench.p2.years", 20);
    }

    /** P2: timed calls of each kind (after as many warm-up calls). */
    static int p2Samples() {
        return Integer.getInteger("bench.p2.samples", 50);
    }

    /** P3: how long each page is loaded, closed and open loop each. */
    static Duration p3Duration() {
        return Duration.parse(System.getProperty("bench.p3.duration", "PT60S"));
    }

    static int p3Connections() {
        return Integer.getInteger("bench.p3.connections", 8);
    }

    static int p3OfferedRate() {
        return Integer.getInteger("bench.p3.rate", 100);
    }

    /** Which parts run: any of P1a, P1b, P2, P3, P4 (default all). */
    static boolean runs(String part) {
        String only = System.getProperty("bench.only", "").trim();
        return only.isEmpty() || Arrays.stream(only.split(",")).map(String::trim).anyMatch(part::equalsIgnoreCase);
    }

    /** JVM options of the application processes ({@code -XX:StartFlightRecording=...} to profile). */
    static List<String> appJvmArgs() {
        return Arrays.stream(System.getProperty("bench.appJvmArgs", "-Xmx768m").trim().split("\\s+"))
                .filter(s -> !s.isEmpty()).toList();
    }

    /** Extra environment for the application processes, {@code NAME=VALUE} separated by commas. */
    static List<String[]> appEnvironment() {
        return Arrays.stream(System.getProperty("bench.appEnv", "").split(",")).map(String::trim)
                .filter(p -> p.indexOf('=') > 0).map(p -> new String[] {p.substring(0, p.indexOf('=')),
                        p.substring(p.indexOf('=') + 1)}).toList();
    }

    static Path workDirectory(String part) {
        try {
            return Files.createDirectories(CrashSettings.root().resolve("target/bench").resolve(part));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dependency class path the bench profile writes (as the crash profile, for scripts/engine). */
    static String dependencyClasspath() {
        try {
            return Files.readString(CrashSettings.root().resolve("target/engine/classpath.txt")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("target/engine/classpath.txt is missing: run ./mvnw -B -Pbench verify", e);
        }
    }
}
