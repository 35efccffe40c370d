package se.uppdragsstyrning.register;

import se.uppdragsstyrning.support.PostgresTest;

/** The register's persistence, pages and API on PostgreSQL. */
@PostgresTest
class PostgresRegisterTest extends RegisterTest {
}
