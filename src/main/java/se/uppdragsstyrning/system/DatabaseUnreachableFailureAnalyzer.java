package se.uppdragsstyrning.system;

import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;

/**
 * One sentence instead of a stack trace when the database cannot be reached at start-up (SQL state class 08,
 * "connection exception") or refuses the login (class 28, "invalid authorization specification").
 */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    /** Spring Boot passes the environment, or null when start-up failed before there was one. */
    DatabaseUnreachableFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState() == null ? "" : cause.getSQLState();
        String reason = NestedExceptionUtils.getMostSpecificCause(cause).getMessage();
        if (state.startsWith("08")) {
            return new FailureAnalysis("Databasen på " + databaseUrl() + " svarar inte (" + reason + ").",
                    "Kontrollera UPPDRAG_DB_URL och att PostgreSQL är igång och nåbar härifrån.", cause);
        }
        if (state.startsWith("28")) {
            return new FailureAnalysis("Databasen på " + databaseUrl() + " nekar inloggningen (" + reason + ").",
                    "Kontrollera UPPDRAG_DB_USER och UPPDRAG_DB_PASSWORD.", cause);
        }
        return null;
    }

    /** The configured JDBC address without its parameters, which may hold a password. */
    private String databaseUrl() {
        String url = environment == null ? null : environment.getProperty("spring.datasource.url");
        if (url == null) {
            return "(okänd adress)";
        }
        int parameters = url.indexOf('?');
        return parameters < 0 ? url : url.substring(0, parameters);
    }
}
