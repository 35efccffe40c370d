package se.uppdragsstyrning.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test against PostgreSQL instead of the embedded database. The database is named by the
 * environment variables UPPDRAG_TEST_PG_URL, UPPDRAG_TEST_PG_USER and UPPDRAG_TEST_PG_PASSWORD; the Maven
 * profile "postgres" (active when UPPDRAG_TEST_PG_URL is set, as in .ci/run) runs the tests tagged so.
 * Subclass an embedded-database test and add this annotation to run the same assertions on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("postgres")
@ContextConfiguration(initializers = PostgresInitializer.class)
public @interface PostgresTest {
}
