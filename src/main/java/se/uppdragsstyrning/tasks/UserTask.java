package se.uppdragsstyrning.tasks;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A user task in the inbox: who may do it, what it is about, its form values and where it stands. */
@Entity
@Table(name = "user_task")
public class UserTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long jobKey;

    private String taskKey;

    private String engineGeneration;

    private long processInstanceKey;

    private String elementId;

    private String processId;

    private String formId;

    private String candidateGroup;

    private String organisationCode;

    private String assignee;

    private String periodId;

    private String assignmentRef;

    @Enumerated(EnumType.STRING)
    private TaskState state = TaskState.ACTIVE;

    private Instant dueAt;

    private Instant createdAt;

    private Instant completedAt;

    private String completedBy;

    private String draftJson;

    private String resultJson;

    private String variablesJson;

    private Instant remindedAt;

    private Instant escalatedAt;

    private String returnComment;

    @Version
    private long version;

    protected UserTask() {
    }

    UserTask(NewTask task, String engineGeneration, String organisationCode, String variablesJson,
            Instant createdAt) {
        this.jobKey = task.jobKey();
        this.taskKey = task.taskKey();
        this.engineGeneration = engineGeneration;
        this.processInstanceKey = task.processInstanceKey();
        this.elementId = task.elementId();
        this.processId = task.processId();
        this.formId = task.formId();
        this.candidateGroup = task.candidateGroup();
        this.organisationCode = organisationCode;
        this.assignee = task.assignee();
        this.periodId = text(task.variables().get("periodId"));
        this.assignmentRef = text(task.variables().get("assignmentRef"));
        this.returnComment = text(task.variables().get("returnComment"));
        this.dueAt = task.dueAt() == null ? null : task.dueAt().toInstant();
        this.variablesJson = variablesJson;
        this.createdAt = createdAt;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    public Long getId() {
        return id;
    }

    /** The engine's job key; null once a later engine run handed out the same key for another task. */
    public Long getJobKey() {
        return jobKey;
    }

    public String getTaskKey() {
        return taskKey;
    }

    public String getEngineGeneration() {
        return engineGeneration;
    }

    public long getProcessInstanceKey() {
        return processInstanceKey;
    }

    public String getElementId() {
        return elementId;
    }

    public String getProcessId() {
        return processId;
    }

    public String getFormId() {
        return formId;
    }

    public String getCandidateGroup() {
        return candidateGroup;
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getPeriodId() {
        return periodId;
    }

    public String getAssignmentRef() {
        return assignmentRef;
    }

    public TaskState getState() {
        return state;
    }

    public boolean isActive() {
        return state == TaskState.ACTIVE;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public boolean isOverdue(Instant now) {
        return isActive() && dueAt != null && dueAt.isBefore(now);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public String getDraftJson() {
        return draftJson;
    }

    public String getResultJson() {
        return resultJson;
    }

    public String getVariablesJson() {
        return variablesJson;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getReturnComment() {
        return returnComment;
    }

    public long getVersion() {
        return version;
    }

    void assignTo(String username) {
        this.assignee = username;
    }

    /** The organisation's responsibility moved: the task goes to the new organisation, to nobody in particular. */
    void moveTo(String organisationCode) {
        this.candidateGroup = organisationCode;
        this.organisationCode = organisationCode;
        this.assignee = null;
    }

    void saveDraft(String draftJson) {
        this.draftJson = draftJson;
    }

    void complete(String username, String resultJson, Instant at) {
        this.state = TaskState.COMPLETED;
        this.assignee = username;
        this.completedBy = username;
        this.completedAt = at;
        this.resultJson = resultJson;
        this.draftJson = null;
    }

    void cancel() {
        this.state = TaskState.CANCELLED;
    }

    /**
     * A later engine run hands out this task's job key for another task. An open task with a task key waits for
     * its own job of the new run ({@link #rebind}); one without can never be completed and is closed.
     */
    void releaseJobKey() {
        this.jobKey = null;
        if (state == TaskState.ACTIVE && taskKey == null) {
            state = TaskState.CANCELLED;
        }
    }

    /** The engine hands this open task out again under a new job (a restored instance): it keeps its id and draft. */
    void rebind(long jobKey, String engineGeneration) {
        this.jobKey = jobKey;
        this.engineGeneration = engineGeneration;
    }

    void notice(NoticeKind kind, Instant now) {
        switch (kind) {
            case REMINDER -> remindedAt = remindedAt == null ? now : remindedAt;
            case ESCALATION -> escalatedAt = escalatedAt == null ? now : escalatedAt;
        }
    }
}
