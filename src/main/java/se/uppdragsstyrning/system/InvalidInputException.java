package se.uppdragsstyrning.system;

/**
 * Something a person wrote wrongly in an address or a parameter (a period, a status); the Swedish message says
 * how to write it. Pages answer it with the error page, the API with 400, both with the message.
 */
public class InvalidInputException extends IllegalArgumentException {

    public InvalidInputException(String message) {
        super(message);
    }
}
