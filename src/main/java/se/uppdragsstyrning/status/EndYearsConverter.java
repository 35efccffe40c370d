package se.uppdragsstyrning.status;

import java.util.SortedMap;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores an end-year distribution as a small JSON object, {"2025":8,"2026":10}. */
@Converter
class EndYearsConverter implements AttributeConverter<SortedMap<Integer, Integer>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<Integer, Integer>> TYPE = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(SortedMap<Integer, Integer> endYears) {
        try {
            return JSON.writeValueAsString(endYears == null ? new TreeMap<>() : endYears);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public SortedMap<Integer, Integer> convertToEntityAttribute(String column) {
        try {
            return column == null ? new TreeMap<>() : JSON.readValue(column, TYPE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Ogiltig slutårsfördelning i goal_rollup: " + column, e);
        }
    }
}
