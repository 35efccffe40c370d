package se.uppdragsstyrning.workflow;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** The process instance that runs for an assignment or a period (referenced, never used as a database key). */
@Entity
class ProcessLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String processId;

    private String businessRef;

    private long processInstanceKey;

    private Instant startedAt;

    private Instant endedAt;

    protected ProcessLink() {
    }

    ProcessLink(String processId, String businessRef, long processInstanceKey) {
        this.processId = processId;
        this.businessRef = businessRef;
        this.processInstanceKey = processInstanceKey;
        this.startedAt = Instant.now();
    }

    long getProcessInstanceKey() {
        return processInstanceKey;
    }

    void ended() {
        this.endedAt = Instant.now();
    }

    boolean isEnded() {
        return endedAt != null;
    }
}
