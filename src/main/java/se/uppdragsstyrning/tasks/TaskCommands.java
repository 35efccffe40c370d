package se.uppdragsstyrning.tasks;

import java.time.Clock;
import java.util.Collections;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.system.AppUser;
import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.UserAccounts;
import se.uppdragsstyrning.tasks.form.EnteredValues;
import se.uppdragsstyrning.tasks.form.FormResult;
import se.uppdragsstyrning.tasks.form.FormValidator;
import se.uppdragsstyrning.tasks.form.TaskForm;

/**
 * What people do with their tasks: take one, give it back or to someone else, save a draft, complete it. Every
 * command checks that the person may see the task (one she may not see is not found) and may act on it now.
 */
@Service
@Transactional
public class TaskCommands {

    private static final Logger log = LoggerFactory.getLogger(TaskCommands.class);

    private final TaskLookup lookup;
    private final TaskEngine engine;
    private final FormValidator validator;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final TaskJson json;
    private final Clock clock;

    TaskCommands(TaskLookup lookup, TaskEngine engine, FormValidator validator, UserAccounts users,
            ApplicationEventPublisher events, TaskJson json, Clock clock) {
        this.lookup = lookup;
        this.engine = engine;
        this.validator = validator;
        this.users = users;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    public void claim(CurrentUser user, long id) {
        UserTask task = open(user, id);
        notSomeoneElses(user, task);
        task.assignTo(user.username());
    }

    public void unclaim(CurrentUser user, long id) {
        UserTask task = open(user, id);
        if (!user.username().equals(task.getAssignee())) {
            throw new TaskConflictException(lookup.message("tasks.refused.notYours"));
        }
        task.assignTo(null);
    }

    /** Gives the task to someone else in its organisation (or central role); returns that person's name. */
    public String assign(CurrentUser user, long id, String username) {
        UserTask task = open(user, id);
        AppUser account = username == null ? null : users.find(username.trim())
                .filter(a -> TaskGroups.isMember(a, task.getCandidateGroup())).orElse(null);
        if (account == null) {
            throw new TaskConflictException(lookup.message("tasks.refused.notCandidate", username));
        }
        task.assignTo(account.getUsername());
        return account.getDisplayName();
    }

    /** Saves what is entered without completing the task; nothing is required or refused in a draft. */
    public void saveDraft(CurrentUser user, long id, Submission submission) {
        UserTask task = lookup.visible(user, id);
        takeToWork(user, task);
        TaskForm form = lookup.formToWorkWith(task);
        Map<String, Object> variables = lookup.variables(task);
        FormResult draft = validator.check(form, submission.read(form, form.readonlyValues(variables)), variables,
                FormValidator.Mode.DRAFT);
        task.saveDraft(json.write(draft.values()));
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
        UserTask task = lookup.visibleForUpdate(user, id);
        takeToWork(user, task);
        TaskForm form = lookup.formToWorkWith(task);
        Map<String, Object> variables = lookup.variables(task);
        EnteredValues entered = submission.read(form, form.readonlyValues(variables));
        FormResult result = validator.check(form, entered, variables, FormValidator.Mode.COMPLETE);
        if (!result.isValid()) {
            throw new InvalidSubmissionException(result.problems(), entered);
        }
        Map<String, Object> values = Collections.unmodifiableMap(result.values());
        if (!engine.isReachable()) {
            log.warn("The engine does not answer; task {} is kept as a draft", task.getId());
            task.saveDraft(json.write(values));
            throw new TaskConflictException(lookup.message("tasks.refused.engineFailed"), true);
        }
        task.complete(user.username(), json.write(values), clock.instant());
        events.publishEvent(new TaskCompleted(task.getId(), task.getFormId(), values, user.username(),
                task.getOrganisationCode(), task.getPeriodId(), task.getAssignmentRef()));
        return task;
    }

    /** Completes the task with values given as data (as the JSON API does), checked against its form. */
    @Transactional(noRollbackFor = TaskConflictException.class)
    public UserTask complete(CurrentUser user, long id, Map<String, Object> values) {
        return complete(user, id, (form, readonlyValues) -> EnteredValues.of(form, values));
    }

    /** A task the person may see that is still open. */
    private UserTask open(CurrentUser user, long id) {
        UserTask task = lookup.visible(user, id);
        if (!task.isActive()) {
            throw new TaskConflictException(lookup.message("tasks.refused.closed"));
        }
        return task;
    }

    /** The person is about to work on the task: it must be open and hers or nobody's, and becomes hers. */
    private void takeToWork(CurrentUser user, UserTask task) {
        if (!task.isActive()) {
            throw new TaskConflictException(lookup.message("tasks.refused.closed"));
        }
        notSomeoneElses(user, task);
        task.assignTo(user.username());
    }

    private void notSomeoneElses(CurrentUser user, UserTask task) {
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new TaskConflictException(lookup.message("tasks.refused.assignedToOther",
                    lookup.displayName(task.getAssignee())));
        }
    }
}
