package se.uppdragsstyrning;

import se.uppdragsstyrning.support.PostgresTest;

/** The same start-up and health checks with PostgreSQL as the database. */
@PostgresTest
class PostgresApplicationSmokeTest extends ApplicationSmokeTest {
}
