package se.uppdragsstyrning.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives each test context a fresh schema of its own in the PostgreSQL test database, so that tests start
 * from an empty register and Flyway migrates from scratch every time.
 */
class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = System.getenv("UPPDRAG_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("UPPDRAG_TEST_PG_URL is not set: PostgreSQL tests need a database");
        }
        String user = env("UPPDRAG_TEST_PG_USER", "postgres");
        String password = env("UPPDRAG_TEST_PG_PASSWORD", "");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the PostgreSQL test database at " + url, e);
        }
        String separator = url.contains("?") ? "&" : "?";
        TestPropertyValues.of(
                "spring.datasource.url=" + url + separator + "currentSchema=" + schema,
                "spring.datasource.username=" + user,
                "spring.datasource.password=" + password,
                "spring.flyway.schemas=" + schema,
                "spring.flyway.default-schema=" + schema)
                .applyTo(context);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
