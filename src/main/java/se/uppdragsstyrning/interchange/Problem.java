package se.uppdragsstyrning.interchange;

/**
 * One thing wrong with an import file: where it is, as a JSON path such as {@code $.assignments[3].report.status}
 * ({@code $} for the file as a whole; a request parameter's name for a wrong parameter), and what is wrong, in
 * Swedish.
 */
public record Problem(String path, String message) {
}
