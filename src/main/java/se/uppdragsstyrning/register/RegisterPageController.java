package se.uppdragsstyrning.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.register.RegisterQueries.AssignmentRow;
import se.uppdragsstyrning.register.RegisterQueries.Filter;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/** The register's pages: goal overview, a goal with its assignments, an assignment, organisations. */
@Controller
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
class RegisterPageController {

    private final RegisterQueries queries;
    private final AssignmentService assignments;
    private final OrganisationService organisations;
    private final ReportingService reporting;
    private final ResponsibilityTransfers transfers;
    private final AssignmentPageExtras extras;
    private final RegisterWording wording;
    private final Clock clock;

    RegisterPageController(RegisterQueries queries, AssignmentService assignments,
            OrganisationService organisations, ReportingService reporting, ResponsibilityTransfers transfers,
            AssignmentPageExtras extras, RegisterWording wording, Clock clock) {
        this.wording = wording;
        this.extras = extras;
        this.queries = queries;
        this.assignments = assignments;
        this.organisations = organisations;
        this.reporting = reporting;
        this.transfers = transfers;
        this.clock = clock;
    }

    /** A goal with its assignments' statuses counted, for the overview. */
    public record GoalSummary(Goal goal, int assignments, Map<ReportStatus, Long> byStatus) {
    }

    @GetMapping("/mal")
    String goals(@RequestParam(required = false) String period, Model model) {
        PeriodId periodId = parsePeriod(period);
        List<AssignmentRow> rows = queries.assignments(new Filter(null, null, null, periodId));
        List<GoalSummary> goals = assignments.goals().stream().map(goal -> {
            List<AssignmentRow> ofGoal = rows.stream()
                    .filter(r -> r.assignment().getGoal().getId().equals(goal.getId())).toList();
            Map<ReportStatus, Long> byStatus = new EnumMap<>(ReportStatus.class);
            ofGoal.stream().filter(r -> r.status() != null).forEach(r -> byStatus.merge(r.status(), 1L, Long::sum));
            return new GoalSummary(goal, ofGoal.size(), byStatus);
        }).toList();
        model.addAttribute("goals", goals);
        model.addAttribute("statuses", ReportStatus.values());
        addPeriods(model, periodId);
        return "register/goals";
    }

    @GetMapping("/mal/{number}")
    String goal(@PathVariable int number, @RequestParam(required = false) String period, Model model) {
        Goal goal = assignments.goal(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Målet finns inte"));
        PeriodId periodId = parsePeriod(period);
        model.addAttribute("goal", goal);
        model.addAttribute("rows", queries.assignments(new Filter(number, null, null, periodId)));
        addPeriods(model, periodId);
        return "register/goal";
    }

    @GetMapping("/uppdrag/{ref}")
    String assignment(@PathVariable String ref, Model model) {
        Assignment assignment = assignments.assignment(ref)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Uppdraget finns inte"));
        model.addAttribute("assignment", assignment);
        model.addAttribute("parties", assignments.parties(assignment));
        model.addAttribute("assessments", reporting.assessments(assignment));
        model.addAttribute("boardReports", extras.boardReports(assignment));
        model.addAttribute("transfers", TransferLine.of(assignments.transfers(assignment), organisations));
        model.addAttribute("history", wording.history(assignments.history(assignment)));
        model.addAttribute("activeOrganisations", organisations.active());
        extras.addTo(model, assignment);
        if (!model.containsAttribute("transfer")) {
            model.addAttribute("transfer", new TransferRequest(null, null, LocalDate.now(clock), null, null));
        }
        return "register/assignment";
    }

    @PostMapping("/uppdrag/{ref}/overforing")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    String transfer(@PathVariable String ref, @ModelAttribute("transfer") TransferRequest request,
            BindingResult binding, Authentication user, Model model, RedirectAttributes redirect) {
        try {
            if (binding.hasErrors()) {
                throw new ProblemsException(binding.getFieldErrors().stream()
                        .map(e -> new Problem(e.getField(), "Ogiltigt värde: " + e.getRejectedValue())).toList());
            }
            transfers.transfer(ref, request, user.getName());
            redirect.addFlashAttribute("transferred", true);
            return "redirect:/uppdrag/" + ref;
        } catch (ProblemsException e) {
            model.addAttribute("problems", e.problems());
            return assignment(ref, model);
        }
    }

    @GetMapping("/organisationer")
    String organisations(Model model) {
        model.addAttribute("organisations", organisations.all());
        return "register/organisations";
    }

    @GetMapping("/organisationer/{code}")
    String organisation(@PathVariable String code, @RequestParam(required = false) String period, Model model) {
        Organisation organisation = organisations.findByCode(code)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Organisationen finns inte"));
        PeriodId periodId = parsePeriod(period);
        model.addAttribute("organisation", organisation);
        model.addAttribute("rows", queries.assignments(new Filter(null, organisation.getCode(), null, periodId)));
        addPeriods(model, periodId);
        return "register/organisation";
    }

    private void addPeriods(Model model, PeriodId asked) {
        model.addAttribute("periods", reporting.periods());
        model.addAttribute("period", queries.period(asked).map(ReportingPeriod::periodId).orElse(null));
    }

    private static PeriodId parsePeriod(String period) {
        return period == null || period.isBlank() ? null : PeriodId.parse(period);
    }
}
