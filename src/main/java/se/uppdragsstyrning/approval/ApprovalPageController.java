package se.uppdragsstyrning.approval;

import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import se.uppdragsstyrning.reporting.AssessmentEntry;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.status.StatusAggregation;
import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.ProblemsException;

/**
 * Kommunstyrelsen's page for a period: the whole rollup, every assignment with its assessment, earlier
 * decisions, and the decision form (approve, or return chosen assignments with a comment).
 */
@Controller
class ApprovalPageController {

    private final ApprovalService approvals;
    private final StatusAggregation status;
    private final ReportingService reporting;

    ApprovalPageController(ApprovalService approvals, StatusAggregation status, ReportingService reporting) {
        this.approvals = approvals;
        this.status = status;
        this.reporting = reporting;
    }

    @GetMapping("/ks/{period}")
    @PreAuthorize("hasAnyRole('KS_APPROVER','COORDINATOR')")
    String page(@PathVariable String period, Model model) {
        PeriodId id = PeriodId.parse(period);
        var reportingPeriod = reporting.period(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Perioden finns inte"));
        model.addAttribute("period", reportingPeriod);
        model.addAttribute("rollup", status.rollup(id).orElse(null));
        model.addAttribute("statuses", ReportStatus.values());
        model.addAttribute("assessments", reporting.assessments(reportingPeriod).stream()
                .sorted(Comparator.comparing(AssessmentEntry::assignmentRef)).toList());
        model.addAttribute("decisions", approvals.decisions(id));
        model.addAttribute("awaitsDecision", approvals.awaitsDecision(id));
        if (!model.containsAttribute("request")) {
            model.addAttribute("request", new DecisionRequest(null, List.of(), null));
        }
        return "approval/period";
    }

    @PostMapping("/ks/{period}")
    @PreAuthorize("hasRole('KS_APPROVER')")
    String decide(@PathVariable String period, @RequestParam(required = false) String decision,
            @RequestParam(required = false) List<String> assignments, @RequestParam(required = false) String comment,
            @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
        PeriodId id = PeriodId.parse(period);
        DecisionRequest request = new DecisionRequest(decision, assignments == null ? List.of() : assignments,
                comment);
        try {
            approvals.decide(id, request, user);
            redirect.addFlashAttribute("decided", request.decision());
            return "redirect:/ks/" + id;
        } catch (ProblemsException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("request", request);
            return page(period, model);
        }
    }
}
