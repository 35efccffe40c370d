package se.uppdragsstyrning.register;

import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.DecisionReference;
import se.uppdragsstyrning.assignment.Parties;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.register.RegisterDecisions.AssignmentDecision;
import se.uppdragsstyrning.register.RegisterDecisions.BudgetYearRequest;
import se.uppdragsstyrning.register.RegisterDecisions.Closure;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/**
 * The coordinator's register pages: register an assignment from a decision ({@code /uppdrag/ny}), change it, close
 * it, add it to a period under way, and register a budget year ({@code /budgetar}). A form sends the assignment
 * in the interchange format to the same checks as the API; every problem is shown beside its field.
 */
@Controller
@PreAuthorize("hasRole('COORDINATOR')")
class RegisterDecisionPageController {

    private final RegisterDecisions decisions;
    private final AssignmentService assignments;
    private final OrganisationService organisations;
    private final ObjectMapper json;
    private final RegisterWording wording;
    private final Clock clock;

    RegisterDecisionPageController(RegisterDecisions decisions, AssignmentService assignments,
            OrganisationService organisations, ObjectMapper json, RegisterWording wording, Clock clock) {
        this.wording = wording;
        this.decisions = decisions;
        this.assignments = assignments;
        this.organisations = organisations;
        this.json = json;
        this.clock = clock;
    }

    /** The assignment form's fields as entered (numbers as text, so that a wrong one is shown as it was). */
    record AssignmentForm(String ref, String goal, String origin, String budgetYear, String number, String title,
            String description, Boolean responsibleAll, List<String> responsible, List<String> concerned,
            String decisionCaseNumber, String decisionBody, String decisionDate, String decisionParagraph,
            String decisionTitle, String continues) {

        AssignmentForm {
            responsibleAll = Boolean.TRUE.equals(responsibleAll);
            responsible = responsible == null ? List.of() : responsible;
            concerned = concerned == null ? List.of() : concerned;
        }

        static AssignmentForm empty() {
            return new AssignmentForm(null, null, AssignmentOrigin.BUDGET.name(), null, null, null, null, false,
                    List.of(), List.of(), null, null, null, null, null, null);
        }

        static AssignmentForm of(Assignment a, Parties parties) {
            DecisionReference d = a.getDecision();
            return new AssignmentForm(a.getRef(), String.valueOf(a.getGoal().getNumber()), a.getOrigin().name(),
                    a.getBudgetYear() == null ? null : a.getBudgetYear().toString(),
                    a.getNumber() == null ? null : a.getNumber().toString(), a.getTitle(), a.getDescription(),
                    a.isResponsibleAll(), parties.responsibleCodes(), parties.concernedCodes(),
                    d == null ? null : d.caseNumber(), d == null ? null : d.body(),
                    d == null || d.date() == null ? null : d.date().toString(), d == null ? null : d.paragraph(),
                    d == null ? null : d.title(), a.getContinuesRef());
        }
    }

    @GetMapping("/uppdrag/ny")
    String registerForm(Model model) {
        return form(model, AssignmentForm.empty(), null, List.of());
    }

    @PostMapping("/uppdrag/ny")
    String register(@ModelAttribute AssignmentForm form, Authentication user, Model model,
            RedirectAttributes redirect) {
        try {
            Assignment assignment = decisions.register(body(form, true), user.getName());
            redirect.addFlashAttribute("registered", true);
            return "redirect:/uppdrag/" + assignment.getRef();
        } catch (ProblemsException e) {
            return form(model, form, null, e.problems());
        }
    }

    @GetMapping("/uppdrag/{ref}/andra")
    String changeForm(@PathVariable String ref, Model model) {
        Assignment assignment = existing(ref);
        return form(model, AssignmentForm.of(assignment, assignments.parties(assignment)), ref, List.of());
    }

    @PostMapping("/uppdrag/{ref}/andra")
    String change(@PathVariable String ref, @ModelAttribute AssignmentForm form, Authentication user, Model model,
            RedirectAttributes redirect) {
        try {
            decisions.change(ref, body(form, false), user.getName());
            redirect.addFlashAttribute("changed", true);
            return "redirect:/uppdrag/" + ref;
        } catch (ProblemsException e) {
            return form(model, form, ref, e.problems());
        }
    }

    @PostMapping("/uppdrag/{ref}/avslut")
    String close(@PathVariable String ref, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reason, Authentication user, RedirectAttributes redirect) {
        try {
            decisions.close(ref, new Closure(outcome, reason), user.getName());
            redirect.addFlashAttribute("closed", true);
        } catch (ProblemsException e) {
            redirect.addFlashAttribute("closureProblems", e.problems());
        }
        return "redirect:/uppdrag/" + ref;
    }

    @PostMapping("/uppdrag/{ref}/period")
    String addToPeriod(@PathVariable String ref, @RequestParam(required = false) String period,
            Authentication user, RedirectAttributes redirect) {
        try {
            decisions.addToPeriod(period == null ? "" : period, ref, user.getName());
            redirect.addFlashAttribute("addedToPeriod", period);
        } catch (ProblemsException e) {
            redirect.addFlashAttribute("periodProblems", e.problems());
        }
        return "redirect:/uppdrag/" + ref;
    }

    @GetMapping("/budgetar")
    String budgetYears(@RequestParam(required = false) Integer year, Model model) {
        int next = year != null ? year : assignments.budgetYears().stream().findFirst().map(b -> b.getYear() + 1)
                .orElse(java.time.Year.now(clock).getValue() + 1);
        return budgetPage(model, next, List.of(), List.of());
    }

    @PostMapping("/budgetar")
    String registerBudgetYear(@RequestParam(required = false) Integer year,
            @RequestParam(name = "ref", required = false) List<String> refs,
            @RequestParam(name = "decision", required = false) List<String> kinds,
            @RequestParam(name = "newNumber", required = false) List<String> newNumbers, Authentication user,
            Model model, RedirectAttributes redirect) {
        List<AssignmentDecision> given = new ArrayList<>();
        List<Problem> entered = new ArrayList<>();
        for (int i = 0; refs != null && i < refs.size(); i++) {
            String number = newNumbers == null || i >= newNumbers.size() ? null : newNumbers.get(i);
            Integer parsed = null;
            if (number != null && !number.isBlank()) {
                try {
                    parsed = Integer.valueOf(number.trim());
                } catch (NumberFormatException e) {
                    entered.add(new Problem("decisions[" + i + "].newNumber", "Det nya numret ska vara ett heltal."));
                }
            }
            given.add(new AssignmentDecision(refs.get(i), kinds == null || i >= kinds.size() ? null : kinds.get(i),
                    parsed, null));
        }
        try {
            if (!entered.isEmpty()) {
                throw new ProblemsException(entered);
            }
            decisions.budgetYear(new BudgetYearRequest(year, given), user.getName());
            redirect.addFlashAttribute("registeredYear", year);
            return "redirect:/budgetar";
        } catch (ProblemsException e) {
            return budgetPage(model, year == null ? java.time.Year.now(clock).getValue() : year, e.problems(), given);
        }
    }

    private String budgetPage(Model model, int year, List<Problem> problems, List<AssignmentDecision> given) {
        model.addAttribute("year", year);
        model.addAttribute("unfinished", decisions.unfinishedBefore(year));
        model.addAttribute("given", given);
        model.addAttribute("budgetYears", decisions.budgetYears());
        model.addAttribute("problems", problems);
        return "register/budget-years";
    }

    private String form(Model model, AssignmentForm form, String changing, List<Problem> problems) {
        model.addAttribute("form", form);
        model.addAttribute("changing", changing);
        model.addAttribute("goals", assignments.goals());
        model.addAttribute("origins", AssignmentOrigin.values());
        model.addAttribute("organisations", organisations.active());
        model.addAttribute("problems", wording.onForm(problems));
        return "register/assignment-form";
    }

    /** A problem at {@code $.decision.date} or {@code $.responsible[2]} is shown beside the field that holds it. */
    static Problem besideField(Problem problem) {
        if (problem.path() == null || !problem.path().startsWith("$.")) {
            return problem;
        }
        String field = problem.path().substring(2).replaceAll("\\[\\d+]", "");
        if (field.startsWith("decision.")) {
            String part = field.substring("decision.".length());
            field = "decision" + Character.toUpperCase(part.charAt(0)) + part.substring(1);
        }
        return new Problem(field, problem.message());
    }

    /** The form as an assignment in the interchange format: what the API would be sent. */
    private byte[] body(AssignmentForm form, boolean registering) {
        ObjectNode node = json.createObjectNode();
        text(node, "ref", registering ? form.ref() : null);
        number(node, "goal", form.goal());
        text(node, "origin", form.origin());
        number(node, "budgetYear", form.budgetYear());
        number(node, "number", form.number());
        text(node, "title", form.title() == null ? "" : form.title());
        text(node, "description", form.description());
        ArrayNode responsible = node.putArray("responsible");
        if (Boolean.TRUE.equals(form.responsibleAll())) {
            responsible.add("ALL");
        }
        form.responsible().forEach(responsible::add);
        ArrayNode concerned = node.putArray("concerned");
        form.concerned().forEach(concerned::add);
        ObjectNode decision = json.createObjectNode();
        text(decision, "caseNumber", form.decisionCaseNumber());
        text(decision, "body", form.decisionBody());
        text(decision, "date", form.decisionDate());
        text(decision, "paragraph", form.decisionParagraph());
        text(decision, "title", form.decisionTitle());
        if (!decision.isEmpty() || AssignmentOrigin.ADDITIONAL.name().equals(form.origin())) {
            node.set("decision", decision);
        }
        text(node, "continues", form.continues());
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void text(ObjectNode node, String field, String value) {
        if (value != null && (!value.isBlank() || field.equals("title"))) {
            node.put(field, value.trim());
        }
    }

    /** A number as a number; what is not one is sent as text, and the checks say so beside the field. */
    private static void number(ObjectNode node, String field, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        try {
            node.put(field, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            node.put(field, value.trim());
        }
    }

    private Assignment existing(String ref) {
        return assignments.assignment(ref)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Uppdraget finns inte"));
    }
}
