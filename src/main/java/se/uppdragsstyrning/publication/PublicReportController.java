package se.uppdragsstyrning.publication;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import se.uppdragsstyrning.reporting.ReportStatus;

/**
 * The public follow-up pages, without login: the approved periods, a period's goals, and a goal's follow-up
 * laid out like the municipality's own page, also as PDF. A period that is not approved does not exist here.
 * The period kind is accepted in any case ({@code /rapport/2025/interim_august}).
 */
@Controller
class PublicReportController {

    private final PublishedFollowUps followUps;
    private final FollowUpPdf pdf;

    PublicReportController(PublishedFollowUps followUps, FollowUpPdf pdf) {
        this.followUps = followUps;
        this.pdf = pdf;
    }

    @GetMapping("/rapport")
    @PreAuthorize("permitAll()")
    String periods(Model model) {
        model.addAttribute("periods", followUps.periods());
        return "publication/periods";
    }

    @GetMapping("/rapport/{year:\\d{4}}/{kind}")
    @PreAuthorize("permitAll()")
    String period(@PathVariable int year, @PathVariable String kind, Model model) {
        PublishedPeriod followUp = published(year, kind);
        model.addAttribute("period", followUp.period());
        model.addAttribute("followUp", followUp);
        return "publication/period";
    }

    @GetMapping("/rapport/{year:\\d{4}}/{kind}/mal/{number:\\d{1,6}}")
    @PreAuthorize("permitAll()")
    String goal(@PathVariable int year, @PathVariable String kind, @PathVariable int number, Model model) {
        PublishedPeriod followUp = published(year, kind);
        model.addAttribute("period", followUp.period());
        model.addAttribute("goal", goal(followUp, number));
        model.addAttribute("statuses", ReportStatus.values());
        return "publication/goal";
    }

    @GetMapping("/rapport/{year:\\d{4}}/{kind}/mal/{number:\\d{1,6}}.pdf")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> goalPdf(@PathVariable int year, @PathVariable String kind, @PathVariable int number) {
        PublishedPeriod followUp = published(year, kind);
        PublishedGoal goal = goal(followUp, number);
        String fileName = "fokusmal-" + number + "-" + followUp.period() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(pdf.render(followUp.period(), goal));
    }

    private PublishedPeriod published(int year, String kind) {
        return followUps.period(year, kind)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Ingen publicerad uppföljning"));
    }

    private static PublishedGoal goal(PublishedPeriod followUp, int number) {
        return followUp.goal(number)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Målet finns inte i uppföljningen"));
    }
}
