package se.uppdragsstyrning.tasks;

import se.uppdragsstyrning.support.PostgresTest;

/** Completion, its row lock and the stored results on PostgreSQL. */
@PostgresTest
class PostgresTaskCompletionTest extends TaskCompletionTest {
}
