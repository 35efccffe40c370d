package se.uppdragsstyrning.administration;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.system.Problem;

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
}
