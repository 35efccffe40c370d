package se.uppdragsstyrning.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One part of a server-rendered SVG bar: what it counts ({@code key}, also its CSS class {@code bar-<key>}),
 * how many, and where it lies on a 0–100 scale. Parts with nothing in them are left out.
 */
record BarSegment(String key, int count, String x, String width) {

    /** The segments of a bar, in the order given. */
    static List<BarSegment> of(Map<String, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<BarSegment> segments = new ArrayList<>();
        double x = 0;
        for (Map.Entry<String, Integer> part : counts.entrySet()) {
            if (part.getValue() > 0) {
                double width = 100.0 * part.getValue() / total;
                segments.add(new BarSegment(part.getKey(), part.getValue(), decimal(x), decimal(width)));
                x += width;
            }
        }
        return segments;
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
