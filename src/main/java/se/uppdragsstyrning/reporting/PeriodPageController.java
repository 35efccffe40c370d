package se.uppdragsstyrning.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/** The coordinator's period pages: the list, the form that opens a period, and its live progress. */
@Controller
class PeriodPageController {

    private final PeriodService periodService;
    private final ReportingService reporting;
    private final Clock clock;

    PeriodPageController(PeriodService periodService, ReportingService reporting, Clock clock) {
        this.periodService = periodService;
        this.reporting = reporting;
        this.clock = clock;
    }

    /** The open-period form's fields. */
    record PeriodForm(Integer year, String kind, LocalDate reportDue, LocalDate compilationDue, LocalDate ksDue,
            Integer reminderDays) {

        OpenPeriodRequest request() {
            return new OpenPeriodRequest(year, kind, reportDue, compilationDue, ksDue, reminderDays);
        }
    }

    @GetMapping("/perioder")
    @PreAuthorize("hasAnyRole('COORDINATOR','KS_APPROVER','ADMIN','PROCESS_OWNER')")
    String periods(Model model) {
        model.addAttribute("periods", reporting.periods());
        return "reporting/periods";
    }

    @GetMapping("/perioder/ny")
    @PreAuthorize("hasRole('COORDINATOR')")
    String openForm(Model model) {
        int year = LocalDate.now(clock).getYear();
        model.addAttribute("form", new PeriodForm(year, PeriodKind.INTERIM_AUGUST.name(), null, null, null, 5));
        model.addAttribute("kinds", PeriodKind.values());
        return "reporting/open-period";
    }

    @PostMapping("/perioder/ny")
    @PreAuthorize("hasRole('COORDINATOR')")
    String open(@ModelAttribute("form") PeriodForm form, BindingResult binding, Authentication user, Model model) {
        try {
            if (binding.hasErrors()) {
                throw new ProblemsException(binding.getFieldErrors().stream()
                        .map(e -> new Problem(e.getField(), "Ogiltigt värde: " + e.getRejectedValue())).toList());
            }
            ReportingPeriod period = periodService.open(form.request(), user.getName());
            return "redirect:/perioder/" + period.periodId();
        } catch (ProblemsException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("kinds", PeriodKind.values());
            return "reporting/open-period";
        }
    }

    @PostMapping("/perioder/{id}/mal/{number}/analys")
    @PreAuthorize("hasRole('COORDINATOR')")
    String analysis(@PathVariable String id, @PathVariable int number, @RequestParam(required = false) String text,
            Authentication user, Model model, RedirectAttributes redirect) {
        try {
            reporting.writeAnalysis(number, PeriodId.parse(id), text, user.getName());
            redirect.addFlashAttribute("analysisSaved", number);
            return "redirect:/perioder/" + id;
        } catch (ProblemsException e) {
            model.addAttribute("problems", e.problems());
            return period(id, model);
        }
    }

    @PostMapping("/perioder/{id}/saknade-uppgifter")
    @PreAuthorize("hasRole('COORDINATOR')")
    String repair(@PathVariable String id, Authentication user, RedirectAttributes redirect) {
        int missing = periodService.repair(PeriodId.parse(id), user.getName());
        redirect.addFlashAttribute("repairRequested", missing);
        return "redirect:/perioder/" + id;
    }

    @GetMapping("/perioder/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR','KS_APPROVER','ADMIN','PROCESS_OWNER')")
    String period(@PathVariable String id, Model model) {
        PeriodId periodId = PeriodId.parse(id);
        ReportingPeriod period = reporting.period(periodId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Perioden finns inte"));
        PeriodProgress progress = periodService.progress(period);
        model.addAttribute("period", period);
        model.addAttribute("progress", progress);
        model.addAttribute("missing", periodService.missingTasks(period));
        model.addAttribute("analyses", period.isHistorical() || period.getState().isApproved() ? List.of()
                : reporting.analyses(periodId));
        // while tasks are still being created the page refreshes itself, so the coordinator sees them arrive
        if (!period.isHistorical() && !progress.allCreated()) {
            model.addAttribute("refreshSeconds", 2);
        }
        return "reporting/period";
    }
}
