package se.uppdragsstyrning.publication;

import se.uppdragsstyrning.support.PostgresTest;

/** The public follow-up on PostgreSQL. */
@PostgresTest
class PostgresPublicationTest extends PublicationTest {
}
