package se.uppdragsstyrning.workflow;

import java.util.Arrays;
import java.util.Optional;

/** The three kinds of file a process owner deploys, by their file name's ending. */
public enum ModelKind {
    PROCESS(".bpmn"), DECISION(".dmn"), FORM(".form");

    private final String suffix;

    ModelKind(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }

    public static Optional<ModelKind> of(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> name.endsWith(kind.suffix)).findFirst();
    }
}
