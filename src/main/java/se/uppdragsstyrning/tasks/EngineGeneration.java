package se.uppdragsstyrning.tasks;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which run of the process engine the inbox talks to, kept in the database so that every instance of the
 * application agrees. An engine that lost its state (the in-memory engine restarted, a cluster restored from an old
 * backup) hands out the same job keys again for other jobs, so a task of an earlier run is only completed after the
 * new run has handed it out again (restoration rebinds it). The workflow module begins a new run when it finds the
 * engine's state lost.
 */
@Component
class EngineGeneration {

    static final String FIRST = "first";

    private final EngineRunRepository runs;
    private final TransactionTemplate transactions;

    EngineGeneration(EngineRunRepository runs, PlatformTransactionManager transactionManager) {
        this.runs = runs;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The current run's id (the first run is begun by the first call). */
    String current() {
        return runs.findFirstByOrderByStartedAtDescIdDesc().map(EngineRun::getId).orElseGet(this::first);
    }

    /**
     * Begins a new run, unless the current one is no longer {@code expected} (another instance of the application
     * has begun one meanwhile). Returns the new run's id, or empty.
     */
    Optional<String> begin(String expected, String reason, Instant now) {
        current();
        return Optional.ofNullable(transactions.execute(status -> {
            runs.findTopByOrderByStartedAtDescIdDesc();
            // read again after the lock: what another instance committed meanwhile is seen now
            String current = runs.findFirstByOrderByStartedAtDescIdDesc().map(EngineRun::getId).orElse(null);
            if (current != null && !current.equals(expected)) {
                return null;
            }
            String id = "run-" + UUID.randomUUID();
            runs.saveAndFlush(new EngineRun(id, now, reason));
            return id;
        }));
    }

    private String first() {
        try {
            transactions.executeWithoutResult(status ->
                    runs.saveAndFlush(new EngineRun(FIRST, Instant.EPOCH, "första körningen")));
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            // the other instance stored it
        }
        return FIRST;
    }
}
