package se.uppdragsstyrning.tasks;

import se.uppdragsstyrning.support.PostgresTest;

/** The inbox's storage, idempotency and progress on PostgreSQL. */
@PostgresTest
class PostgresTaskInboxTest extends TaskInboxTest {
}
