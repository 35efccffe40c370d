package se.uppdragsstyrning.interchange;

import se.uppdragsstyrning.support.PostgresTest;

/** The same import and export tests with PostgreSQL as the database. */
@PostgresTest
class PostgresInterchangeImportTest extends InterchangeImportTest {
}
