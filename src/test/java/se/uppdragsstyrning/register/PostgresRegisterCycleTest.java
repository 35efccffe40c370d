package se.uppdragsstyrning.register;

import se.uppdragsstyrning.support.PostgresTest;

/** The register's decisions with the engine on the demo data, on PostgreSQL. */
@PostgresTest
class PostgresRegisterCycleTest extends RegisterCycleTest {
}
