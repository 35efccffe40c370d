package se.uppdragsstyrning.register;

import se.uppdragsstyrning.support.PostgresTest;

/** The coordinator's register decisions (registration, change, closure, budget years, decision links) on PostgreSQL. */
@PostgresTest
class PostgresRegisterDecisionsTest extends RegisterDecisionsTest {
}
