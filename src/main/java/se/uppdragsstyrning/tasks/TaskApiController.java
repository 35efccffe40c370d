package se.uppdragsstyrning.tasks;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.tasks.form.EnteredValues;

/**
 * The task inbox as JSON (HTTP Basic): the same lists, actions and checks as the web UI. Errors are problem
 * details with the Swedish problem list, like the rest of the API (system's ApiExceptionHandler): 400 for bad
 * input (one problem per field), 404 for a task that is not the caller's, 409 when the task is closed, someone
 * else's or busy, 503 when the engine cannot take the completion.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

    private final TaskQueries queries;
    private final TaskCommands commands;
    private final TaskPages pages;
    private final MessageSource messages;

    TaskApiController(TaskQueries queries, TaskCommands commands, TaskPages pages, MessageSource messages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
        this.messages = messages;
    }

    /** One page of tasks and how many there are. */
    record TaskList(List<TaskRow> tasks, int page, int totalPages, long total) {
    }

    /**
     * A task with its form (form-js JSON, as deployed), the values it shows, and beside them each part of what it
     * is about (e.g. {@code assignment}, {@code assessments}, {@code boardReports}).
     */
    record TaskDocument(TaskRow task, JsonNode form, Map<String, Object> values, Map<String, Object> variables,
            String returnComment, @JsonIgnore Map<String, Object> about, boolean mayClaim, boolean mayUnclaim,
            boolean mayWork) {

        static TaskDocument of(TaskDetail detail) {
            return new TaskDocument(detail.task(), detail.form() == null ? null : detail.form().schema(),
                    detail.values(), detail.variables(), detail.returnComment(),
                    detail.page() == null ? Map.of() : detail.page().parts(),
                    detail.mayClaim(), detail.mayUnclaim(), detail.mayWork());
        }

        @JsonAnyGetter
        Map<String, Object> parts() {
            return about;
        }
    }

    record Assignee(String username) {
    }

    @GetMapping
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskList list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String view,
            @RequestParam(required = false) String period, @RequestParam(required = false) String goal,
            @RequestParam(required = false) String state, @RequestParam(required = false) String dueBefore,
            @RequestParam(defaultValue = "0") int page) {
        Page<TaskRow> rows = queries.list(user, queries.filter(view, period, goal, state, dueBefore), page);
        return new TaskList(rows.getContent(), rows.getNumber(), rows.getTotalPages(), rows.getTotalElements());
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument task(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return TaskDocument.of(pages.open(user, id));
    }

    @PostMapping("/{id:\\d+}/claim")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument claim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return act(user, id, () -> commands.claim(user, id));
    }

    @PostMapping("/{id:\\d+}/unclaim")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return act(user, id, () -> commands.unclaim(user, id));
    }

    @PostMapping("/{id:\\d+}/assign")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody Assignee assignee) {
        return act(user, id, () -> commands.assign(user, id, assignee.username()));
    }

    /** Saves the values (a JSON object keyed like the form) without completing; nothing is required. */
    @PostMapping("/{id:\\d+}/draft")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument draft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody Map<String, Object> values) {
        return act(user, id, () -> commands.saveDraft(user, id, (form, readonly) -> EnteredValues.of(form, values)));
    }

    /** Checks the values against the form and completes the task. */
    @PostMapping("/{id:\\d+}/complete")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody Map<String, Object> values) {
        return act(user, id, () -> commands.complete(user, id, values));
    }

    /** How far a period's reporting has come: {@code expected, created, completed, open, overdue}. */
    @GetMapping("/progress")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'KS_APPROVER', 'PROCESS_OWNER')")
    TaskProgress progress(@RequestParam(required = false) String period) {
        return queries.progress(period);
    }

    /**
     * Runs a command and answers the task as it is now. A concurrent change of the same task (the row's version
     * moved on) is refused as busy.
     */
    private TaskDocument act(CurrentUser user, long id, Runnable command) {
        try {
            command.run();
        } catch (ConcurrencyFailureException busy) {
            throw new TaskConflictException(messages.getMessage("tasks.refused.busy", null,
                    LocaleContextHolder.getLocale()));
        }
        return task(user, id);
    }
}
