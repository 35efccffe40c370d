package se.uppdragsstyrning.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one table the benchmark prints and writes to {@code target/bench/results.md}. */
final class BenchTable {

    record Row(String id, String measure, String baseline, String figure, String ratio, String target,
            String holds) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void add(String id, String measure, String baseline, String figure, String ratio, String target,
            Boolean holds) {
        rows.add(new Row(id, measure, baseline, figure, ratio, target, holds == null ? "-" : holds ? "yes" : "NO"));
    }

    /** A part that could not be measured, with the reason. */
    synchronized void failed(String id, String measure, Throwable reason) {
        String text = String.valueOf(reason.getMessage()).lines().findFirst().orElse(reason.toString());
        rows.add(new Row(id, measure, "-", "failed: " + text.substring(0, Math.min(120, text.length())), "-", "-",
                "NO"));
    }

    synchronized void note(String format, Object... arguments) {
        notes.add(String.format(Locale.ROOT, format, arguments));
    }

    static String f(String format, Object... arguments) {
        return String.format(Locale.ROOT, format, arguments);
    }

    synchronized String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| | Measure | Baseline (same run) | Figure | Ratio | Target | Holds |\n");
        out.append("|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(String.join(" | ", row.id(), row.measure(), row.baseline(), row.figure(),
                    row.ratio(), row.target(), row.holds())).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    synchronized Path write(Path file, String header) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# Benchmark results\n\n" + header + "\nRun at " + Instant.now() + ".\n\n"
                + markdown(), StandardCharsets.UTF_8);
        return file;
    }
}
