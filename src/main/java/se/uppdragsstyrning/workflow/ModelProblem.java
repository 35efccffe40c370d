package se.uppdragsstyrning.workflow;

import java.util.List;

/**
 * One reason an upload is refused: a message key of {@code messages/workflow.properties} with its arguments, and
 * where it is - the file, the element id and the line (each may be null).
 */
public record ModelProblem(String fileName, String elementId, Integer line, String key, List<String> args) {

    static ModelProblem of(String fileName, String elementId, Integer line, String key, Object... args) {
        return new ModelProblem(fileName, elementId, line, key,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
