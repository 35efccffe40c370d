package se.uppdragsstyrning.tasks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.system.AppUser;
import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.DisplayDates;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.UserAccounts;
import se.uppdragsstyrning.tasks.form.EnteredValues;
import se.uppdragsstyrning.tasks.form.FormCatalog;
import se.uppdragsstyrning.tasks.form.FormResult;
import se.uppdragsstyrning.tasks.form.FormValidator;
import se.uppdragsstyrning.tasks.form.FormValues;
import se.uppdragsstyrning.tasks.form.FormView;
import se.uppdragsstyrning.tasks.form.TaskForm;

/**
 * The inbox as people use it: their lists, a task's page, taking and giving tasks, drafts and completion.
 * Every method checks that the person may see the task (her organisation's, or her central role's); a task she
 * may not see is reported as not found.
 */
@Service
@Transactional(readOnly = true)
public class TaskService {

    static final int PAGE_SIZE = 50;

    private static final Logger log = LoggerFactory.getLogger(TaskService.class);
    private static final TaskForm NO_FORM = new TaskForm(null, List.of(), null);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };

    private final UserTaskRepository tasks;
    private final TaskEngine engine;
    private final FormCatalog forms;
    private final FormValidator validator;
    private final AssignmentService assignments;
    private final ReportingService reporting;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final DisplayDates dates;

    TaskService(UserTaskRepository tasks, TaskEngine engine,
            FormCatalog forms, FormValidator validator, AssignmentService assignments, ReportingService reporting,
            UserAccounts users, ApplicationEventPublisher events, ObjectMapper json, MessageSource messages,
            DisplayDates dates) {
        this.tasks = tasks;
        this.engine = engine;
        this.forms = forms;
        this.validator = validator;
        this.assignments = assignments;
        this.reporting = reporting;
        this.users = users;
        this.events = events;
        this.json = json;
        this.messages = messages;
        this.dates = dates;
    }

    /** A page of the person's tasks in a section of the list, soonest due first (latest completed first). */
    public Page<TaskRow> list(CurrentUser user, TaskFilter filter, int page) {
        Set<String> groups = TaskGroups.of(user);
        if (groups.isEmpty()) {
            return Page.empty();
        }
        Page<UserTask> found = tasks.findAll(matching(user, groups, filter).and(ordered(filter.view())),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        Rows rows = new Rows();
        return found.map(rows::of);
    }

    private Specification<UserTask> matching(CurrentUser user, Set<String> groups, TaskFilter filter) {
        List<String> goalRefs = filter.goal() == null ? null : assignments.assignments().stream()
                .filter(a -> a.getGoal().getNumber() == filter.goal()).map(Assignment::getRef).toList();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(root.get("candidateGroup").in(groups));
            switch (filter.view()) {
                case MINE -> where.add(cb.equal(root.get("assignee"), user.username()));
                case ORGANISATION -> where.add(cb.isNull(root.get("assignee")));
                case COMPLETED -> where.add(root.get("state").in(TaskState.COMPLETED, TaskState.CANCELLED));
            }
            if (filter.state() != null) {
                where.add(cb.equal(root.get("state"), filter.state()));
            } else if (filter.view() != TaskListView.COMPLETED) {
                where.add(cb.equal(root.get("state"), TaskState.ACTIVE));
            }
            if (filter.periodId() != null) {
                where.add(cb.equal(root.get("periodId"), filter.periodId().toString()));
            }
            if (goalRefs != null) {
                where.add(goalRefs.isEmpty() ? cb.disjunction() : root.get("assignmentRef").in(goalRefs));
            }
            if (filter.dueBefore() != null) {
                Instant endOfDay = filter.dueBefore().plusDays(1).atStartOfDay(dates.zone()).toInstant();
                where.add(cb.lessThan(root.get("dueAt"), endOfDay));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * Soonest due first, tasks without a due date last; in the completed section the latest completed first.
     * (Written here because sorting with null placement is not available through Sort with criteria queries.)
     */
    private static Specification<UserTask> ordered(TaskListView view) {
        return (root, query, cb) -> {
            if (query.getResultType() != Long.class && query.getResultType() != long.class) {
                Expression<?> time = root.get(view == TaskListView.COMPLETED ? "completedAt" : "dueAt");
                Expression<Integer> missing = cb.<Integer>selectCase().when(cb.isNull(time), 1).otherwise(0);
                query.orderBy(cb.asc(missing), view == TaskListView.COMPLETED ? cb.desc(time) : cb.asc(time),
                        view == TaskListView.COMPLETED ? cb.desc(root.get("id")) : cb.asc(root.get("id")));
            }
            return null;
        };
    }

    /** The task's page: the task, its assignment and earlier reports, and its form with the values to show. */
    public TaskDetail open(CurrentUser user, long id) {
        return detail(user, visible(user, id), null, List.of());
    }

    /** The task's page showing a rejected submission again, with its problems. */
    public TaskDetail reopen(CurrentUser user, long id, InvalidSubmissionException rejected) {
        return detail(user, visible(user, id), rejected.entered(), rejected.problems());
    }

    @Transactional
    public void claim(CurrentUser user, long id) {
        UserTask task = actionable(user, id, false);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new TaskConflictException(message("tasks.refused.assignedToOther", displayName(task.getAssignee())));
        }
        task.assignTo(user.username());
    }

    @Transactional
    public void unclaim(CurrentUser user, long id) {
        UserTask task = actionable(user, id, false);
        if (!user.username().equals(task.getAssignee())) {
            throw new TaskConflictException(message("tasks.refused.notYours"));
        }
        task.assignTo(null);
    }

    /** Gives the task to someone else in its organisation (or central role); returns that person's name. */
    @Transactional
    public String assign(CurrentUser user, long id, String username) {
        UserTask task = actionable(user, id, false);
        AppUser account = username == null ? null : users.find(username.trim())
                .filter(a -> TaskGroups.isMember(a, task.getCandidateGroup())).orElse(null);
        if (account == null) {
            throw new TaskConflictException(message("tasks.refused.notCandidate", username));
        }
        task.assignTo(account.getUsername());
        return account.getDisplayName();
    }

    /** Saves what is entered without completing the task; nothing is required or refused in a draft. */
    @Transactional
    public void saveDraft(CurrentUser user, long id, Submission submission) {
        UserTask task = actionable(user, id, true);
        TaskForm form = formOf(task);
        Map<String, Object> variables = variables(task);
        FormResult draft = validator.check(form, submission.read(form, form.readonlyValues(variables)), variables,
                FormValidator.Mode.DRAFT);
        task.saveDraft(toJson(draft.values()));
    }

    /**
     * Checks the submission against the form, stores the values as the task's result and tells the other modules
     * ({@link TaskCompleted}); the engine hears of it after the commit ({@link EngineCompletions}), so a crash in
     * between loses nothing. The row stays locked meanwhile, so a second submission waits and is then refused: a
     * task is never completed twice.
     *
     * @throws InvalidSubmissionException when the values break the form's rules (nothing is changed)
     * @throws TaskConflictException when the task is closed, someone else's, or the engine cannot be reached (the
     *                               values are kept as a draft)
     */
    @Transactional(noRollbackFor = TaskConflictException.class)
    public UserTask complete(CurrentUser user, long id, Submission submission) {
        UserTask task = tasks.findForUpdate(id).filter(t -> TaskGroups.canSee(user, t))
                .orElseThrow(() -> new TaskNotFoundException(id));
        workable(user, task);
        TaskForm form = formOf(task);
        Map<String, Object> variables = variables(task);
        EnteredValues entered = submission.read(form, form.readonlyValues(variables));
        FormResult result = validator.check(form, entered, variables, FormValidator.Mode.COMPLETE);
        if (!result.isValid()) {
            throw new InvalidSubmissionException(result.problems(), entered);
        }
        Map<String, Object> values = Collections.unmodifiableMap(result.values());
        if (!engine.isReachable()) {
            log.warn("The engine does not answer; task {} is kept as a draft", task.getId());
            task.saveDraft(toJson(values));
            throw new TaskConflictException(message("tasks.refused.engineFailed"), true);
        }
        task.complete(user.username(), toJson(values));
        events.publishEvent(new TaskCompleted(task.getId(), task.getFormId(), values, user.username(),
                task.getOrganisationCode(), task.getPeriodId(), task.getAssignmentRef()));
        return task;
    }

    /** Completes the task with values given as data (as the JSON API does), checked against its form. */
    @Transactional(noRollbackFor = TaskConflictException.class)
    public UserTask complete(CurrentUser user, long id, Map<String, Object> values) {
        return complete(user, id, (form, readonlyValues) -> EnteredValues.of(form, values));
    }

    /** The open task of a period with the given form (e.g. kommunstyrelsen's approval). */
    @Transactional(readOnly = true)
    public Optional<Long> activeTaskId(String formId, String periodId) {
        return tasks.findByFormIdAndPeriodIdAndStateOrderByCreatedAtDesc(formId, periodId, TaskState.ACTIVE).stream()
                .map(UserTask::getId).findFirst();
    }

    /** A task the person may see and act on now. {@code work}: she is about to work on it, so it becomes hers. */
    private UserTask actionable(CurrentUser user, long id, boolean work) {
        UserTask task = visible(user, id);
        if (work) {
            workable(user, task);
        } else if (!task.isActive()) {
            throw new TaskConflictException(message("tasks.refused.closed"));
        }
        return task;
    }

    private void workable(CurrentUser user, UserTask task) {
        if (!task.isActive()) {
            throw new TaskConflictException(message("tasks.refused.closed"));
        }
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new TaskConflictException(message("tasks.refused.assignedToOther", displayName(task.getAssignee())));
        }
        task.assignTo(user.username());
    }

    private UserTask visible(CurrentUser user, long id) {
        return tasks.findById(id).filter(t -> TaskGroups.canSee(user, t))
                .orElseThrow(() -> new TaskNotFoundException(id));
    }

    private TaskForm formOf(UserTask task) {
        if (task.getFormId() == null) {
            return NO_FORM;
        }
        return forms.find(task.getFormId())
                .orElseThrow(() -> new TaskConflictException(message("tasks.refused.formMissing", task.getFormId())));
    }

    private TaskDetail detail(CurrentUser user, UserTask task, EnteredValues entered,
            List<Problem> problems) {
        Map<String, Object> variables = variables(task);
        Optional<TaskForm> form = task.getFormId() == null ? Optional.of(NO_FORM) : forms.find(task.getFormId());
        boolean active = task.isActive();
        boolean mine = user.username().equals(task.getAssignee());
        boolean mayWork = active && form.isPresent() && (task.getAssignee() == null || mine);
        Map<String, Object> values = form.map(f -> shownValues(task, f, variables)).orElse(Map.of());
        FormView view = form.map(f -> new FormView(f, entered != null ? entered : EnteredValues.of(f, values),
                problems, variables, !mayWork)).orElse(null);
        Optional<Assignment> assignment = Optional.ofNullable(task.getAssignmentRef()).flatMap(assignments::assignment);
        return new TaskDetail(
                new Rows().of(task),
                form.filter(f -> f != NO_FORM).orElse(null),
                form.isEmpty(),
                view,
                values,
                variables,
                task.getReturnComment(),
                assignment.map(TaskService::context).orElse(null),
                assignment.map(this::assessments).orElse(List.of()),
                assignment.map(this::boardReports).orElse(List.of()),
                active ? candidates(task) : List.of(),
                active && task.getAssignee() == null,
                active && mine,
                mayWork);
    }

    /** The stored result, else the draft, over what the read-only fields show; else what a new form opens with. */
    private Map<String, Object> shownValues(UserTask task, TaskForm form, Map<String, Object> variables) {
        String stored = task.getResultJson() != null ? task.getResultJson() : task.getDraftJson();
        if (stored == null) {
            return form.initialValues(variables);
        }
        Map<String, Object> values = new LinkedHashMap<>(form.readonlyValues(variables));
        Map<String, Object> saved = fromJson(stored);
        form.inputs().forEach(input -> {
            Object value = FormValues.get(saved, input.path());
            if (value != null) {
                FormValues.put(values, input.path(), value);
            }
        });
        return values;
    }

    private static AssignmentContext context(Assignment assignment) {
        return new AssignmentContext(assignment.getRef(), assignment.getLabel(), assignment.getTitle(),
                assignment.getDescription(), assignment.getGoal().getNumber(), assignment.getGoal().getTitle(),
                assignment.isResponsibleAll(), assignment.getResponsible().stream().map(Organisation::getName).toList(),
                assignment.getDecision() == null ? null : assignment.getDecision().citation());
    }

    private List<PastReport> assessments(Assignment assignment) {
        return reporting.assessments(assignment).stream()
                .map(a -> new PastReport(a.periodLabel(), null, a.status(), a.assessment(), a.estimatedEndYear(),
                        a.reportedAs()))
                .toList();
    }

    private List<PastReport> boardReports(Assignment assignment) {
        return reporting.boardReports(assignment).stream()
                .map(r -> new PastReport(r.periodLabel(), r.organisation().getName(), r.status(), r.assessment(),
                        r.estimatedEndYear(), message("tasks.reportState." + r.state().name())))
                .toList();
    }

    private List<Candidate> candidates(UserTask task) {
        List<AppUser> accounts = task.getOrganisationCode() != null ? users.ofOrganisation(task.getOrganisationCode())
                : users.all();
        return accounts.stream().filter(a -> TaskGroups.isMember(a, task.getCandidateGroup()))
                .map(a -> new Candidate(a.getUsername(), a.getDisplayName())).toList();
    }

    private String displayName(String username) {
        return users.find(username).map(AppUser::getDisplayName).orElse(username);
    }

    /** The task's process variables, and the period's name for the form texts ("Delårsuppföljning per …"). */
    private Map<String, Object> variables(UserTask task) {
        Map<String, Object> variables = new HashMap<>(fromJson(task.getVariablesJson()));
        if (task.getPeriodId() != null) {
            variables.putIfAbsent("periodLabel", periodLabel(task.getPeriodId()));
        }
        return variables;
    }

    static String periodLabel(String periodId) {
        if (periodId == null) {
            return null;
        }
        try {
            return PeriodId.parse(periodId).label();
        } catch (IllegalArgumentException e) {
            return periodId;
        }
    }

    private Map<String, Object> fromJson(String text) {
        try {
            return json.readValue(text, JSON_OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored task values are not JSON", e);
        }
    }

    private String toJson(Map<String, Object> values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Form values cannot be stored as JSON", e);
        }
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    /** Turns tasks into list rows, looking each assignment and person up once. */
    private final class Rows {

        private final Map<String, Optional<Assignment>> assignmentsByRef = new HashMap<>();
        private final Map<String, String> names = new HashMap<>();
        private final Instant now = Instant.now();

        TaskRow of(UserTask task) {
            Optional<Assignment> assignment = task.getAssignmentRef() == null ? Optional.empty()
                    : assignmentsByRef.computeIfAbsent(task.getAssignmentRef(), assignments::assignment);
            return new TaskRow(task.getId(), task.getFormId(), task.getState(), task.getCandidateGroup(),
                    task.getOrganisationCode(), task.getAssignee(),
                    task.getAssignee() == null ? null : names.computeIfAbsent(task.getAssignee(), TaskService.this::displayName),
                    task.getPeriodId(), periodLabel(task.getPeriodId()), task.getAssignmentRef(),
                    assignment.map(Assignment::getLabel).orElse(null),
                    assignment.map(Assignment::getTitle).orElse(null),
                    assignment.map(a -> a.getGoal().getNumber()).orElse(null),
                    local(task.getDueAt()), task.isOverdue(now), local(task.getRemindedAt()),
                    local(task.getEscalatedAt()), local(task.getCompletedAt()), task.getCompletedBy());
        }

        private OffsetDateTime local(Instant instant) {
            return instant == null ? null : instant.atZone(dates.zone()).toOffsetDateTime();
        }
    }
}
