package se.uppdragsstyrning.reporting;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Reporting periods as JSON: open one, list them, follow one's progress. */
@RestController
@RequestMapping("/api/periods")
@Tag(name = "Perioder", description = "Uppföljningsperioder och deras framsteg")
class PeriodApiController {

    private final PeriodService periodService;
    private final ReportingService reporting;

    PeriodApiController(PeriodService periodService, ReportingService reporting) {
        this.periodService = periodService;
        this.reporting = reporting;
    }

    record PeriodView(String id, int year, PeriodKind kind, String label, PeriodState state, boolean historical,
            LocalDate reportDue, LocalDate compilationDue, LocalDate ksDue, int reminderDays, PeriodProgress progress) {
    }

    @PostMapping
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Öppna en period: skapar en rapporteringsuppgift per pågående uppdrag och ansvarig organisation")
    ResponseEntity<PeriodView> open(@RequestBody OpenPeriodRequest request, Authentication user) {
        ReportingPeriod period = periodService.open(request, user.getName());
        return ResponseEntity.created(URI.create("/api/periods/" + period.periodId())).body(view(period));
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Alla perioder, den senaste först")
    List<PeriodView> periods() {
        return reporting.periods().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "En period (t.ex. 2026-INTERIM_AUGUST) med hur många uppgifter som skapats och rapporterats")
    PeriodView period(@PathVariable String id) {
        return view(reporting.period(PeriodId.parse(id)).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Perioden " + id + " finns inte")));
    }

    record Analysis(String text) {
    }

    @PutMapping("/{id}/goals/{number}/analysis")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Operation(summary = "Samordnarens analys av ett mål i perioden (fritext efter den framräknade sammanfattningen)")
    ResponseEntity<Void> analysis(@PathVariable String id, @PathVariable int number, @RequestBody Analysis analysis,
            Authentication user) {
        reporting.writeAnalysis(number, PeriodId.parse(id), analysis.text(), user.getName());
        return ResponseEntity.noContent().build();
    }

    private PeriodView view(ReportingPeriod p) {
        return new PeriodView(p.periodId().toString(), p.getYear(), p.getKind(), p.getLabel(), p.getState(),
                p.isHistorical(), p.getReportDue(), p.getCompilationDue(), p.getKsDue(), p.getReminderDays(),
                periodService.progress(p));
    }
}
