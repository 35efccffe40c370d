package se.uppdragsstyrning.tasks;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserTaskRepository extends JpaRepository<UserTask, Long>, JpaSpecificationExecutor<UserTask> {

    Optional<UserTask> findByJobKey(long jobKey);

    Optional<UserTask> findFirstByTaskKeyOrderByIdDesc(String taskKey);

    List<UserTask> findByAssignmentRefAndOrganisationCodeAndState(String assignmentRef, String organisationCode,
            TaskState state);

    List<UserTask> findByAssignmentRefAndState(String assignmentRef, TaskState state);

    List<UserTask> findByAssignmentRefAndPeriodIdAndState(String assignmentRef, String periodId, TaskState state);

    List<UserTask> findByFormIdAndPeriodIdAndStateOrderByCreatedAtDesc(String formId, String periodId,
            TaskState state);

    /** Holds the row until the transaction ends, so that a second submission waits and then sees the result. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from UserTask t where t.id = ?1")
    Optional<UserTask> findForUpdate(long id);

    @Query("select new se.uppdragsstyrning.tasks.ProgressRow("
            + "t.assignmentRef, t.organisationCode, t.state, t.dueAt)"
            + " from UserTask t where t.periodId = ?1 and t.organisationCode is not null")
    List<ProgressRow> progressRows(String periodId);

    @Query("select new se.uppdragsstyrning.tasks.OpenTaskCount(t.processId, t.elementId, t.processInstanceKey,"
            + " count(t)) from UserTask t where t.state = se.uppdragsstyrning.tasks.TaskState.ACTIVE"
            + " group by t.processId, t.elementId, t.processInstanceKey")
    List<OpenTaskCount> openTaskCounts();
}
