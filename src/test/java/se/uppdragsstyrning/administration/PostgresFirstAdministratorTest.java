package se.uppdragsstyrning.administration;

import se.uppdragsstyrning.support.PostgresTest;

/** The first start of a production installation against an empty PostgreSQL schema. */
@PostgresTest
class PostgresFirstAdministratorTest extends FirstAdministratorTest {
}
