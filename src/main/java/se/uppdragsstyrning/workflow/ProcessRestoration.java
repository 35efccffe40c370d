package se.uppdragsstyrning.workflow;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A process instance the engine had lost, restored from the database at a step: what the coordinator sees. */
@Entity
class ProcessRestoration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant restoredAt;

    private String processId;

    private String businessRef;

    private String step;

    private long lostInstanceKey;

    private long newInstanceKey;

    protected ProcessRestoration() {
    }

    ProcessRestoration(Instant restoredAt, String processId, String businessRef, String step, long lostInstanceKey,
            long newInstanceKey) {
        this.restoredAt = restoredAt;
        this.processId = processId;
        this.businessRef = businessRef;
        this.step = step;
        this.lostInstanceKey = lostInstanceKey;
        this.newInstanceKey = newInstanceKey;
    }

    Instant getRestoredAt() {
        return restoredAt;
    }

    String getProcessId() {
        return processId;
    }

    String getBusinessRef() {
        return businessRef;
    }

    String getStep() {
        return step;
    }
}
