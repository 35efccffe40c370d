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
import se.uppdragsstyrning.tasks.form.EnteredValues;
import se.uppdragsstyrning.tasks.form.FieldProblem;

/**
 * The task inbox as JSON (HTTP Basic): the same lists, actions and checks as the web UI. Errors come back as
 * {@code {"message": …}} (404, 409, 503) or, for bad input, {@code {"problems": [{"path": …, "message": …}]}}
 * (400), always in Swedish.
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

    record Problems(List<FieldProblem> problems) {
    }

    record Message(String message) {
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
        tasks.complete(user, id, (form, readonlyValues) -> EnteredValues.of(form, values));
        return task(user, id);
    }

    /** How far a period's reporting has come: {@code expected, created, completed, open, overdue}. */
    @GetMapping("/progress")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'KS_APPROVER', 'PROCESS_OWNER')")
    TaskProgress progress(@RequestParam(required = false) String period) {
        return inbox.progress(period);
    }

    @ExceptionHandler(InvalidSubmissionException.class)
    ResponseEntity<Problems> invalid(InvalidSubmissionException e) {
        return ResponseEntity.badRequest().body(new Problems(e.problems()));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Problems> badParameter(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(new Problems(List.of(new FieldProblem(null, e.getMessage()))));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problems> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().body(new Problems(List.of(new FieldProblem(null,
                message("tasks.api.unreadable")))));
    }

    @ExceptionHandler(TaskNotFoundException.class)
    ResponseEntity<Message> notFound(TaskNotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Message(message("tasks.api.notFound")));
    }

    @ExceptionHandler(TaskConflictException.class)
    ResponseEntity<Message> conflict(TaskConflictException e) {
        HttpStatus status = e.isEngineUnavailable() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.CONFLICT;
        return ResponseEntity.status(status).body(new Message(e.getMessage()));
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Message> busy(ConcurrencyFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new Message(message("tasks.refused.busy")));
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
