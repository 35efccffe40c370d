package se.uppdragsstyrning.tasks;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.tasks.form.EnteredValues;

/** The task list and the task page of the web UI ("Uppgifter"). */
@Controller
@RequestMapping("/uppgifter")
class TaskController {

    static final String MAY_HAVE_TASKS = "hasAnyRole('SECRETARY', 'COORDINATOR', 'KS_APPROVER')";

    private final TaskQueries queries;
    private final TaskCommands commands;
    private final TaskPages pages;
    private final MessageSource messages;

    TaskController(TaskQueries queries, TaskCommands commands, TaskPages pages, MessageSource messages) {
        this.queries = queries;
        this.commands = commands;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(MAY_HAVE_TASKS)
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String view,
            @RequestParam(required = false) String period, @RequestParam(required = false) String goal,
            @RequestParam(required = false) String state, @RequestParam(required = false) String dueBefore,
            @RequestParam(defaultValue = "0") int page, Model model) {
        TaskFilter filter;
        try {
            filter = queries.filter(view, period, goal, state, dueBefore);
            model.addAttribute("problems", List.of());
        } catch (IllegalArgumentException e) {
            filter = queries.filter(null, null, null, null, null);
            model.addAttribute("problems", List.of(new Problem(null, e.getMessage())));
        }
        model.addAttribute("filter", filter);
        model.addAttribute("rows", queries.list(user, filter, page));
        model.addAttribute("views", TaskListView.values());
        model.addAttribute("states", TaskState.values());
        model.addAttribute("periods", queries.periods());
        model.addAttribute("goals", queries.goals());
        return "tasks/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(MAY_HAVE_TASKS)
    String task(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("detail", pages.open(user, id));
        model.addAttribute("problems", List.of());
        return "tasks/task";
    }

    /** The form's buttons: "Skicka in" (action=complete) and "Spara utkast" (action=draft). */
    @PostMapping("/{id}")
    @PreAuthorize(MAY_HAVE_TASKS)
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(defaultValue = "complete") String action, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Submission submission = (form, readonlyValues) ->
                EnteredValues.fromRequest(form, request.getParameterMap(), readonlyValues);
        return act(id, redirect, () -> {
            if ("draft".equals(action)) {
                commands.saveDraft(user, id, submission);
                return message("tasks.done.draft");
            }
            commands.complete(user, id, submission);
            return message("tasks.done.completed");
        }, rejected -> {
            model.addAttribute("detail", pages.reopen(user, id, rejected));
            model.addAttribute("problems", rejected.problems());
            return "tasks/task";
        });
    }

    @PostMapping("/{id}/ta")
    @PreAuthorize(MAY_HAVE_TASKS)
    String claim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            commands.claim(user, id);
            return message("tasks.done.claimed");
        }, null);
    }

    @PostMapping("/{id}/lamna")
    @PreAuthorize(MAY_HAVE_TASKS)
    String unclaim(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            commands.unclaim(user, id);
            return message("tasks.done.unclaimed");
        }, null);
    }

    @PostMapping("/{id}/tilldela")
    @PreAuthorize(MAY_HAVE_TASKS)
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) String username, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            return message("tasks.done.assigned", commands.assign(user, id, username));
        }, null);
    }

    /**
     * Runs an action and goes back to the task page with what happened: a confirmation, or why it could not be
     * done. A rejected submission is shown again by {@code onInvalid}.
     */
    private String act(long id, RedirectAttributes redirect, Action action, InvalidHandler onInvalid) {
        try {
            redirect.addFlashAttribute("success", action.run());
        } catch (InvalidSubmissionException rejected) {
            return onInvalid.show(rejected);
        } catch (TaskConflictException refused) {
            redirect.addFlashAttribute("warning", refused.getMessage());
        } catch (ConcurrencyFailureException busy) {
            redirect.addFlashAttribute("warning", message("tasks.refused.busy"));
        }
        return "redirect:/uppgifter/" + id;
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }

    @FunctionalInterface
    private interface Action {
        /** Does it; returns the confirmation to show. */
        String run();
    }

    @FunctionalInterface
    private interface InvalidHandler {
        String show(InvalidSubmissionException rejected);
    }
}
