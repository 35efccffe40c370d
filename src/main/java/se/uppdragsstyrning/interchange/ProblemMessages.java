package se.uppdragsstyrning.interchange;

import java.util.Arrays;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Writes import and export problems in Swedish from the module's bundle ({@code messages/interchange.properties}). */
@Component
class ProblemMessages {

    private static final String PREFIX = "interchange.problem.";

    private final MessageSource messages;

    ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** The problem {@code interchange.problem.<key>} at the path. Numbers are written as they are (years, lines). */
    Problem at(String path, String key, Object... args) {
        Object[] plain = Arrays.stream(args).map(a -> a instanceof Number ? a.toString() : a).toArray();
        return new Problem(path, messages.getMessage(PREFIX + key, plain, LocaleContextHolder.getLocale()));
    }
}
