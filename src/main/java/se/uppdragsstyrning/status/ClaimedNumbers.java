package se.uppdragsstyrning.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Checks the numbers a hand-written goal text claims (stored as JSON with the text, e.g.
 * {@code {"total":23,"done":1,"onTrack":22,"delayed":0,"notCarriedOut":0,"endYears":{"2025":8,"2026":11}}})
 * against the numbers computed from the reports. Only the fields the claims contain are compared; for end
 * years every year either side names is compared, a year missing on one side counting as zero.
 */
@Component
class ClaimedNumbers {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final ObjectMapper json;
    private final MessageSource messages;

    ClaimedNumbers(ObjectMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    List<ClaimedDifference> differences(String claimedJson, StatusCounts counts,
            SortedMap<Integer, Integer> ongoingByEndYear) {
        if (claimedJson == null || claimedJson.isBlank()) {
            return List.of();
        }
        JsonNode claimed;
        try {
            claimed = json.readTree(claimedJson);
        } catch (JsonProcessingException e) {
            return List.of(unreadable("claimed"));
        }
        if (!claimed.isObject()) {
            return List.of(unreadable("claimed"));
        }
        List<ClaimedDifference> differences = new ArrayList<>();
        compare(claimed, "total", counts.total(), differences);
        compare(claimed, "done", counts.done(), differences);
        compare(claimed, "onTrack", counts.onTrack(), differences);
        compare(claimed, "delayed", counts.delayed(), differences);
        compare(claimed, "notCarriedOut", counts.notCarriedOut(), differences);
        JsonNode endYears = claimed.get("endYears");
        if (endYears != null && !endYears.isNull()) {
            compareEndYears(endYears, ongoingByEndYear, differences);
        }
        return differences;
    }

    private void compare(JsonNode claimed, String field, int computed, List<ClaimedDifference> differences) {
        JsonNode value = claimed.get(field);
        if (value == null || value.isNull()) {
            return;
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToInt()) {
            differences.add(unreadable(field));
        } else if (value.intValue() != computed) {
            differences.add(new ClaimedDifference(field, value.intValue(), computed,
                    message("claimed." + field, value.intValue(), computed)));
        }
    }

    private void compareEndYears(JsonNode claimedYears, SortedMap<Integer, Integer> computed,
            List<ClaimedDifference> differences) {
        if (!claimedYears.isObject()) {
            differences.add(unreadable("endYears"));
            return;
        }
        SortedMap<Integer, Integer> claimed = new TreeMap<>();
        for (Map.Entry<String, JsonNode> year : claimedYears.properties()) {
            JsonNode value = year.getValue();
            if (!year.getKey().matches("\\d{4}") || !value.canConvertToExactIntegral() || !value.canConvertToInt()) {
                differences.add(unreadable("endYears." + year.getKey()));
            } else {
                claimed.put(Integer.valueOf(year.getKey()), value.intValue());
            }
        }
        SortedMap<Integer, Integer> years = new TreeMap<>(computed);
        claimed.keySet().forEach(year -> years.putIfAbsent(year, 0));
        for (Integer year : years.keySet()) {
            int says = claimed.getOrDefault(year, 0);
            int gives = computed.getOrDefault(year, 0);
            if (says != gives) {
                differences.add(new ClaimedDifference("endYears." + year, says, gives,
                        messages.getMessage("claimed.endYear",
                                new Object[] {String.valueOf(says), String.valueOf(year), String.valueOf(gives)},
                                SWEDISH)));
            }
        }
    }

    private ClaimedDifference unreadable(String field) {
        return new ClaimedDifference(field, null, null,
                messages.getMessage("claimed.unreadable", new Object[] {field}, SWEDISH));
    }

    private String message(String key, int claimed, int computed) {
        return messages.getMessage(key, new Object[] {String.valueOf(claimed), String.valueOf(computed)}, SWEDISH);
    }
}
