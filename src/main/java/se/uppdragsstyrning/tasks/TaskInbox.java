package se.uppdragsstyrning.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.uppdragsstyrning.system.Role;

/**
 * The inbox as the workflow gateway feeds it: user tasks arrive when the engine activates their jobs, leave
 * when the engine cancels them, and carry the reminders and escalations the engine's timers signal. Zeebe
 * delivers jobs at least once, so every method may be called again with the same job key without effect.
 */
@Service
public class TaskInbox {

    private static final Logger log = LoggerFactory.getLogger(TaskInbox.class);
    private static final Set<String> ROLE_GROUPS = Arrays.stream(Role.values()).map(Role::name)
            .collect(Collectors.toUnmodifiableSet());

    private final UserTaskRepository tasks;
    private final EngineGeneration generation;
    private final TaskJson json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TaskInbox(UserTaskRepository tasks, EngineGeneration generation, TaskJson json,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
        this.generation = generation;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Takes a user task the engine has handed out. Called again for the same job (a second delivery, or its lease
     * ran out) it changes nothing. A task the engine hands out again under a new job - its instance was restored on
     * a new engine run - keeps its row (id, draft, URL) when still open; when it was completed here meanwhile, the
     * answer carries the values to complete the new job with.
     */
    public ReceivedTask receive(NewTask task) {
        try {
            return transactions.execute(status -> store(task));
        } catch (DataIntegrityViolationException concurrentDelivery) {
            // the same job delivered twice at the same moment: the other delivery has stored it
            return tasks.findByJobKey(task.jobKey()).map(known -> received(known, ReceivedTask.Kind.KNOWN))
                    .orElseThrow(() -> concurrentDelivery);
        }
    }

    private ReceivedTask store(NewTask task) {
        String current = generation.current();
        UserTask known = tasks.findByJobKey(task.jobKey()).orElse(null);
        if (known != null) {
            if (known.getEngineGeneration().equals(current)) {
                return received(known, ReceivedTask.Kind.KNOWN);
            }
            log.info("Job key {} is handed out again by a new engine run; task {} of the earlier run lets go of it",
                    task.jobKey(), known.getId());
            known.releaseJobKey();
            tasks.saveAndFlush(known);
        }
        UserTask same = task.taskKey() == null ? null
                : tasks.findFirstByTaskKeyOrderByIdDesc(task.taskKey()).orElse(null);
        if (same != null && same.isActive()) {
            same.rebind(task.jobKey(), current);
            return received(tasks.saveAndFlush(same), ReceivedTask.Kind.REBOUND);
        }
        if (same != null && same.getState() == TaskState.COMPLETED) {
            return received(same, ReceivedTask.Kind.DONE_HERE);
        }
        return received(tasks.saveAndFlush(new UserTask(task, current, organisationCode(task),
                json.write(task.variables()), clock.instant())), ReceivedTask.Kind.NEW);
    }

    private ReceivedTask received(UserTask task, ReceivedTask.Kind kind) {
        if (task.getState() == TaskState.COMPLETED) {
            return new ReceivedTask(task.getId(), ReceivedTask.Kind.DONE_HERE, json.read(task.getResultJson()));
        }
        return new ReceivedTask(task.getId(), kind, Map.of());
    }

    /** The engine run the inbox talks to now. */
    public String engineRun() {
        return generation.current();
    }

    /**
     * The engine has lost its state: job keys handed out from now on belong to a new run. Does nothing when the
     * current run is no longer {@code lostRun} (another instance of the application began the new run already).
     * Returns whether this call began it.
     */
    public boolean beginEngineRun(String lostRun, String reason) {
        return generation.begin(lostRun, reason, clock.instant()).isPresent();
    }

    /**
     * A task completed here, as the engine must hear of it: its job and the values, when the task's job belongs to
     * the current engine run. Empty when the task is not completed, or a restored instance will hand it out again
     * (then {@link #receive} answers {@link ReceivedTask.Kind#DONE_HERE}).
     */
    @Transactional(readOnly = true)
    public Optional<EngineCompletion> engineCompletion(long taskId) {
        return tasks.findById(taskId)
                .filter(task -> task.getState() == TaskState.COMPLETED && task.getJobKey() != null)
                .filter(task -> task.getEngineGeneration().equals(generation.current()))
                .map(task -> new EngineCompletion(task.getJobKey(), json.read(task.getResultJson())));
    }

    /** A completed task's job and the values to complete it with. */
    public record EngineCompletion(long jobKey, Map<String, Object> values) {
    }

    /**
     * Records a reminder or an escalation for an organisation's open task on an assignment in a period, for
     * workers that know these (the {@code task.remind} and {@code task.escalate} jobs carry them) rather than
     * the task's job key. Returns how many open tasks it concerned.
     */
    @Transactional
    public int notice(String periodId, String assignmentRef, String organisationCode, NoticeKind kind) {
        List<UserTask> open = openTasks(assignmentRef, organisationCode).stream()
                .filter(task -> periodId.equals(task.getPeriodId())).toList();
        Instant now = clock.instant();
        open.forEach(task -> task.notice(kind, now));
        return open.size();
    }

    /**
     * The organisation that now holds the open task the engine created for {@code organisationCode} on an
     * assignment in a period. The engine keeps calling a task by the organisation it was created for; a
     * responsibility transfer moves it only here. Answers {@code organisationCode} when the task has not moved.
     */
    @Transactional(readOnly = true)
    public String holder(String periodId, String assignmentRef, String organisationCode) {
        return tasks.findByAssignmentRefAndPeriodIdAndState(assignmentRef, periodId, TaskState.ACTIVE).stream()
                .filter(task -> organisationCode.equals(engineVariable(task, "organisationCode")))
                .map(UserTask::getOrganisationCode).findFirst().orElse(organisationCode);
    }

    /**
     * Responsibility for an assignment moved from one organisation to another: its open tasks move with it
     * (to the new organisation's unassigned tasks). The engine keeps the old candidate group; the inbox decides
     * who sees the task. Returns how many tasks moved; calling it again moves nothing.
     */
    @Transactional
    public int transfer(String assignmentRef, String fromOrganisation, String toOrganisation) {
        List<UserTask> open = openTasks(assignmentRef, fromOrganisation);
        open.forEach(task -> task.moveTo(toOrganisation));
        return open.size();
    }

    /** A task cancelled because its assignment was closed: who held it (an organisation code or a role) and where. */
    public record CancelledTask(long taskId, String holder, boolean organisation, String periodId) {
    }

    /**
     * The assignment was closed outside a period: its open tasks are cancelled (the engine's instance is cancelled
     * with them). Returns the tasks it cancelled; calling it again cancels nothing.
     */
    @Transactional
    public List<CancelledTask> cancelOpen(String assignmentRef) {
        List<UserTask> open = tasks.findByAssignmentRefAndState(assignmentRef, TaskState.ACTIVE);
        open.forEach(UserTask::cancel);
        return open.stream().map(task -> new CancelledTask(task.getId(),
                task.getOrganisationCode() != null ? task.getOrganisationCode() : task.getCandidateGroup(),
                task.getOrganisationCode() != null, task.getPeriodId())).toList();
    }

    private List<UserTask> openTasks(String assignmentRef, String organisationCode) {
        return tasks.findByAssignmentRefAndOrganisationCodeAndState(assignmentRef, organisationCode, TaskState.ACTIVE);
    }

    /** The open tasks per process instance and element (engine-neutral: from the inbox's own rows). */
    @Transactional(readOnly = true)
    public List<OpenTaskCount> openTaskCounts() {
        return tasks.openTaskCounts();
    }

    /** Tasks of an organisation name it as their candidate group; central tasks name a role. */
    private static String organisationCode(NewTask task) {
        return ROLE_GROUPS.contains(task.candidateGroup()) ? null : task.candidateGroup();
    }

    private String engineVariable(UserTask task, String name) {
        return json.read(task.getVariablesJson(), name);
    }
}
