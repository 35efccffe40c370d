package se.uppdragsstyrning.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.uppdragsstyrning.system.AppUser;
import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.UserAccounts;
import se.uppdragsstyrning.tasks.form.FormCatalog;
import se.uppdragsstyrning.tasks.form.TaskForm;

/**
 * What the inbox's queries, commands and pages share: finding a task the person may see (one she may not see is
 * not found), its form and variables, and what other modules say it is about ({@link TaskContent}).
 */
@Component
class TaskLookup {

    /** The form of a task without one: nothing to fill in, it is just completed. */
    static final TaskForm NO_FORM = new TaskForm(null, List.of(), null);

    private final UserTaskRepository tasks;
    private final FormCatalog forms;
    private final ObjectProvider<TaskContent> content;
    private final TaskJson json;
    private final UserAccounts users;
    private final MessageSource messages;

    TaskLookup(UserTaskRepository tasks, FormCatalog forms, ObjectProvider<TaskContent> content, TaskJson json,
            UserAccounts users, MessageSource messages) {
        this.tasks = tasks;
        this.forms = forms;
        this.content = content;
        this.json = json;
        this.users = users;
        this.messages = messages;
    }

    TaskContent content() {
        return content.getIfAvailable(() -> TaskContent.NONE);
    }

    UserTask visible(CurrentUser user, long id) {
        return tasks.findById(id).filter(t -> TaskGroups.canSee(user, t))
                .orElseThrow(this::notFound);
    }

    /** The task, its row locked until the transaction ends (a second submission waits for the first). */
    UserTask visibleForUpdate(CurrentUser user, long id) {
        return tasks.findForUpdate(id).filter(t -> TaskGroups.canSee(user, t))
                .orElseThrow(this::notFound);
    }

    private TaskNotFoundException notFound() {
        return new TaskNotFoundException(message("tasks.api.notFound"));
    }

    /** The task's form: {@link #NO_FORM} when it has none, empty when it names one the application lacks. */
    Optional<TaskForm> form(UserTask task) {
        return task.getFormId() == null ? Optional.of(NO_FORM) : forms.find(task.getFormId());
    }

    /** The task's form to work with; refused when the application lacks it. */
    TaskForm formToWorkWith(UserTask task) {
        return form(task).orElseThrow(() -> new TaskConflictException(
                message("tasks.refused.formMissing", task.getFormId())));
    }

    /** The task's process variables and what its form texts use beside them (e.g. the period's name). */
    Map<String, Object> variables(UserTask task) {
        Map<String, Object> variables = new HashMap<>(json.read(task.getVariablesJson()));
        content().formVariables(about(task, variables)).forEach(variables::putIfAbsent);
        return variables;
    }

    /** The task as {@link TaskContent} is asked about it. */
    TaskContent.Task about(UserTask task, Map<String, Object> variables) {
        return new TaskContent.Task(task.getId(), task.getFormId(), task.getPeriodId(), task.getAssignmentRef(),
                task.getOrganisationCode(), variables);
    }

    String displayName(String username) {
        return users.find(username).map(AppUser::getDisplayName).orElse(username);
    }

    String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
