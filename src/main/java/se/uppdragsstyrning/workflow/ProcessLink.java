package se.uppdragsstyrning.workflow;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * The process instance that runs for an assignment or a period (referenced, never used as a database key). Ended
 * when the instance has ended; restored when the engine had lost it.
 */
@Entity
class ProcessLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String processId;

    private String businessRef;

    private long processInstanceKey;

    private Long processDefinitionKey;

    private Instant startedAt;

    private Instant endedAt;

    private Instant restoredAt;

    protected ProcessLink() {
    }

    ProcessLink(String processId, String businessRef, long processInstanceKey, Long processDefinitionKey,
            Instant startedAt) {
        this.processId = processId;
        this.businessRef = businessRef;
        this.processInstanceKey = processInstanceKey;
        this.processDefinitionKey = processDefinitionKey;
        this.startedAt = startedAt;
    }

    Long getId() {
        return id;
    }

    String getProcessId() {
        return processId;
    }

    String getBusinessRef() {
        return businessRef;
    }

    long getProcessInstanceKey() {
        return processInstanceKey;
    }

    /** The deployed version the instance runs on; null for instances started before versions were recorded. */
    Long getProcessDefinitionKey() {
        return processDefinitionKey;
    }

    Instant getEndedAt() {
        return endedAt;
    }
}
