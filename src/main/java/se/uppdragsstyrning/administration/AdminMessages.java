package se.uppdragsstyrning.administration;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/** The Swedish texts of the administration ({@code messages/administration.properties}). */
@Component
class AdminMessages {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final MessageSource messages;

    AdminMessages(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Object... args) {
        return messages.getMessage(key, args, SWEDISH);
    }

    Problem problem(String path, String key, Object... args) {
        return new Problem(path, get(key, args));
    }

    /** Refuses the request (400) when it has problems: every one listed, nothing stored. */
    static void refuseIf(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
    }
}
