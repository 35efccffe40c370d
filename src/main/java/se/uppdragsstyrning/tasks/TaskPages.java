package se.uppdragsstyrning.tasks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.system.AppUser;
import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.UserAccounts;
import se.uppdragsstyrning.tasks.form.EnteredValues;
import se.uppdragsstyrning.tasks.form.FormValues;
import se.uppdragsstyrning.tasks.form.FormView;
import se.uppdragsstyrning.tasks.form.TaskForm;

/**
 * A task's page as the web UI and the API show it: the task, what it is about ({@link TaskContent}), its form
 * with the values to show, and what the person may do. A task she may not see is not found.
 */
@Service
@Transactional(readOnly = true)
public class TaskPages {

    private final TaskLookup lookup;
    private final TaskRows rows;
    private final UserAccounts users;
    private final TaskJson json;

    TaskPages(TaskLookup lookup, TaskRows rows, UserAccounts users, TaskJson json) {
        this.lookup = lookup;
        this.rows = rows;
        this.users = users;
        this.json = json;
    }

    /** The task's page: the task, what it is about, and its form with the values to show. */
    public TaskDetail open(CurrentUser user, long id) {
        return detail(user, lookup.visible(user, id), null, List.of());
    }

    /** The task's page showing a rejected submission again, with its problems. */
    TaskDetail reopen(CurrentUser user, long id, InvalidSubmissionException rejected) {
        return detail(user, lookup.visible(user, id), rejected.entered(), rejected.problems());
    }

    private TaskDetail detail(CurrentUser user, UserTask task, EnteredValues entered, List<Problem> problems) {
        Map<String, Object> variables = lookup.variables(task);
        Optional<TaskForm> form = lookup.form(task);
        boolean active = task.isActive();
        boolean mine = user.username().equals(task.getAssignee());
        boolean mayWork = active && form.isPresent() && (task.getAssignee() == null || mine);
        Map<String, Object> values = form.map(f -> shownValues(task, f, variables)).orElse(Map.of());
        FormView view = form.map(f -> new FormView(f, entered != null ? entered : EnteredValues.of(f, values),
                problems, variables, !mayWork)).orElse(null);
        return new TaskDetail(
                rows.of(task),
                form.filter(f -> f != TaskLookup.NO_FORM).orElse(null),
                form.isEmpty(),
                view,
                values,
                variables,
                task.getReturnComment(),
                lookup.content().page(lookup.about(task, variables)).orElse(null),
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
        Map<String, Object> saved = json.read(stored);
        form.inputs().forEach(input -> {
            Object value = FormValues.get(saved, input.path());
            if (value != null) {
                FormValues.put(values, input.path(), value);
            }
        });
        return values;
    }

    private List<Candidate> candidates(UserTask task) {
        List<AppUser> accounts = task.getOrganisationCode() != null ? users.ofOrganisation(task.getOrganisationCode())
                : users.all();
        return accounts.stream().filter(a -> TaskGroups.isMember(a, task.getCandidateGroup()))
                .map(a -> new Candidate(a.getUsername(), a.getDisplayName())).toList();
    }
}
