package se.uppdragsstyrning.reporting;

/** A period written wrongly (in a URL, a parameter or a file); its message says how to write it, in Swedish. */
public class InvalidPeriodException extends IllegalArgumentException {

    InvalidPeriodException(String message) {
        super(message);
    }
}
