package se.uppdragsstyrning.workflow;

import java.nio.charset.StandardCharsets;

/** A file a process owner uploads (or one the application comes with): its name and its bytes. */
public record ModelFile(String fileName, byte[] content) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
