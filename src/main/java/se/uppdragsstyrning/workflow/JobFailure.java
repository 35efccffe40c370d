package se.uppdragsstyrning.workflow;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A job a worker could not do: what the engine was told. With no retries left the engine raised an incident. */
@Entity
class JobFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant failedAt;

    private long jobKey;

    private String jobType;

    private String processId;

    private String elementId;

    private long processInstanceKey;

    private String businessRef;

    private int retriesLeft;

    private String errorMessage;

    private Instant resolvedAt;

    protected JobFailure() {
    }

    JobFailure(Instant failedAt, long jobKey, String jobType, String processId, String elementId,
            long processInstanceKey, String businessRef, int retriesLeft, String errorMessage) {
        this.failedAt = failedAt;
        this.jobKey = jobKey;
        this.jobType = jobType;
        this.processId = processId;
        this.elementId = elementId;
        this.processInstanceKey = processInstanceKey;
        this.businessRef = businessRef;
        this.retriesLeft = retriesLeft;
        this.errorMessage = errorMessage;
    }

    Long getId() {
        return id;
    }

    long getJobKey() {
        return jobKey;
    }

    long getProcessInstanceKey() {
        return processInstanceKey;
    }

    Instant getFailedAt() {
        return failedAt;
    }

    String getJobType() {
        return jobType;
    }

    String getProcessId() {
        return processId;
    }

    String getElementId() {
        return elementId;
    }

    String getBusinessRef() {
        return businessRef;
    }

    int getRetriesLeft() {
        return retriesLeft;
    }

    /** No retries left: the engine has raised an incident and the instance waits there. */
    boolean isIncident() {
        return retriesLeft <= 0;
    }

    String getErrorMessage() {
        return errorMessage;
    }
}
