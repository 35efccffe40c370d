package se.uppdragsstyrning.tasks;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.tasks.form.EnteredValues;

/**
 * The task inbox as JSON (HTTP Basic): the same lists, actions and checks as the web UI. Errors come back as
 * {@code {"problems": [{"path": …, "message": …}]}} in Swedish, like the rest of the API: 400 for bad input
 * (one problem per field), 404 for a task that is not the caller's, 409 when the task is closed or someone
 * else's, 503 when the engine cannot take the completion.
 */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

    private final TaskService tasks;
    private final TaskInbox inbox;
    private final MessageSource messages;

    TaskApiController(TaskService tasks, TaskInbox inbox, MessageSource messages) {
        this.tasks = tasks;
        this.inbox = inbox;
        this.messages = messages;
    }

    /** One page of tasks and how many there are. */
    record TaskList(List<TaskRow> tasks, int page, int totalPages, long total) {
    }

    /** A task with its form (form-js JSON, as deployed) and the values it shows. */
    record TaskDocument(TaskRow task, JsonNode form, Map<String, Object> values, Map<String, Object> variables,
            String returnComment, AssignmentContext assignment, boolean mayClaim, boolean mayUnclaim,
            boolean mayWork) {

        static TaskDocument of(TaskDetail detail) {
            return new TaskDocument(detail.task(), detail.form() == null ? null : detail.form().schema(),
                    detail.values(), detail.variables(), detail.returnComment(), detail.assignment(),
                    detail.mayClaim(), detail.mayUnclaim(), detail.mayWork());
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
        Page<TaskRow> rows = tasks.list(user, TaskFilter.of(view, period, goal, state, dueBefore), page);
        return new TaskList(rows.getContent(), rows.getNumber(), rows.getTotalPages(), rows.getTotalElements());
    }

    @GetMapping("/{id:\\d+}")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument task(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return TaskDocument.of(tasks.open(user, id));
    }

    @PostMapping("/{id:\\d+}/claim")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument claim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        tasks.claim(user, id);
        return task(user, id);
    }

    @PostMapping("/{id:\\d+}/unclaim")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        tasks.unclaim(user, id);
        return task(user, id);
    }

    @PostMapping("/{id:\\d+}/assign")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody Assignee assignee) {
        tasks.assign(user, id, assignee.username());
        return task(user, id);
    }

    /** Saves the values (a JSON object keyed like the form) without completing; nothing is required. */
    @PostMapping("/{id:\\d+}/draft")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument draft(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody Map<String, Object> values) {
        tasks.saveDraft(user, id, (form, readonlyValues) -> EnteredValues.of(form, values));
        return task(user, id);
    }

    /** Checks the values against the form and completes the task. */
    @PostMapping("/{id:\\d+}/complete")
    @PreAuthorize(TaskController.MAY_HAVE_TASKS)
    TaskDocument complete(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody Map<String, Object> values) {
        tasks.complete(user, id, values);
        return task(user, id);
    }

    /** How far a period's reporting has come: {@code expected, created, completed, open, overdue}. */
    @GetMapping("/progress")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'KS_APPROVER', 'PROCESS_OWNER')")
    TaskProgress progress(@RequestParam(required = false) String period) {
        return inbox.progress(period);
    }

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<Problem.Problems> invalid(InvalidSubmissionException e) {
        return ResponseEntity.badRequest().body(new Problem.Problems(e.problems()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem.Problems> unreadable(HttpMessageNotReadableException e) {
        return refuse(HttpStatus.BAD_REQUEST, message("tasks.api.unreadable"));
    }

    @ExceptionHandler(TaskNotFoundException.class)
    ResponseEntity<Problem.Problems> notFound(TaskNotFoundException e) {
        return refuse(HttpStatus.NOT_FOUND, message("tasks.api.notFound"));
    }

    @ExceptionHandler(TaskConflictException.class)
    ResponseEntity<Problem.Problems> conflict(TaskConflictException e) {
        return refuse(e.isEngineUnavailable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Problem.Problems> busy(ConcurrencyFailureException e) {
        return refuse(HttpStatus.CONFLICT, message("tasks.refused.busy"));
    }

    private static ResponseEntity<Problem.Problems> refuse(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new Problem.Problems(List.of(Problem.of(message))));
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
