package se.uppdragsstyrning.system;

import java.util.List;

/**
 * One problem with what a user sent, in Swedish, with where it is (a JSON path, a form field, or null).
 * Forms show a list of them as the error summary; the API answers a problem detail (RFC 9457) with the list as
 * its property {@code problems}.
 */
public record Problem(String path, String message) {

    public static Problem of(String message) {
        return new Problem(null, message);
    }

    /** The API's body for a refused request. */
    public record Problems(List<Problem> problems) {
    }
}
