package se.uppdragsstyrning.tasks.form;

/** A form file that cannot be used: not form-js JSON, a duplicate key, a broken pattern. */
public class InvalidFormException extends RuntimeException {

    public InvalidFormException(String message) {
        super(message);
    }

    public InvalidFormException(String message, Throwable cause) {
        super(message, cause);
    }
}
