package se.uppdragsstyrning.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** The login and SQL-state cases that need a real PostgreSQL to provoke; the refused connection is in ProductionStartupFailureTest. */
class DatabaseUnreachableFailureAnalyzerTest {

    private final DatabaseUnreachableFailureAnalyzer analyzer = new DatabaseUnreachableFailureAnalyzer(
            new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/uppdrag?ssl=true"));

    @Test
    void refusedLoginPointsToUserAndPassword() {
        FailureAnalysis analysis = analyzer.analyze(new IllegalStateException("Flyway failed",
                new SQLException("FATAL: password authentication failed for user \"uppdrag\"", "28P01")));

        assertThat(analysis.getDescription()).isEqualTo("Databasen på jdbc:postgresql://db:5432/uppdrag nekar"
                + " inloggningen (FATAL: password authentication failed for user \"uppdrag\").");
        assertThat(analysis.getAction()).contains("UPPDRAG_DB_USER").contains("UPPDRAG_DB_PASSWORD");
    }

    @Test
    void otherDatabaseErrorsAreLeftToSpringBoot() {
        assertThat(analyzer.analyze(new SQLException("relation \"goal\" does not exist", "42P01"))).isNull();
    }
}
