package se.uppdragsstyrning.status;

import se.uppdragsstyrning.support.PostgresTest;

/** The status aggregation, its locking insert and its read model on PostgreSQL. */
@PostgresTest
class PostgresStatusAggregationTest extends StatusAggregationTest {
}
