package se.uppdragsstyrning.register;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.assignment.Parties;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.register.RegisterQueries.AssignmentRow;
import se.uppdragsstyrning.register.RegisterQueries.Filter;
import se.uppdragsstyrning.register.RegisterViews.AssessmentView;
import se.uppdragsstyrning.register.RegisterViews.AssignmentDetailView;
import se.uppdragsstyrning.register.RegisterViews.AssignmentSummaryView;
import se.uppdragsstyrning.register.RegisterViews.BoardReportView;
import se.uppdragsstyrning.register.RegisterViews.ChangeView;
import se.uppdragsstyrning.register.RegisterViews.DecisionView;
import se.uppdragsstyrning.register.RegisterViews.GoalView;
import se.uppdragsstyrning.register.RegisterViews.OrganisationView;
import se.uppdragsstyrning.register.RegisterViews.PeriodStatusView;
import se.uppdragsstyrning.register.RegisterViews.SectionView;
import se.uppdragsstyrning.register.RegisterViews.TransferView;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.system.InvalidInputException;

/** The register as JSON: goals, assignments (with their status in a period) and organisations. */
@RestController
@RequestMapping("/api")
@Tag(name = "Register", description = "Mål, uppdrag och nämnder/bolag")
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
class RegisterApiController {

    private final RegisterQueries queries;
    private final AssignmentService assignments;
    private final OrganisationService organisations;
    private final ReportingService reporting;
    private final ResponsibilityTransfers transfers;

    RegisterApiController(RegisterQueries queries, AssignmentService assignments, OrganisationService organisations,
            ReportingService reporting, ResponsibilityTransfers transfers) {
        this.queries = queries;
        this.assignments = assignments;
        this.organisations = organisations;
        this.reporting = reporting;
        this.transfers = transfers;
    }

    @PostMapping("/assignments/{ref}/transfers")
    @PreAuthorize("hasRole('COORDINATOR')")
    @Transactional
    @Operation(summary = "Flytta ansvaret för ett uppdrag till en annan organisation; öppna uppgifter flyttar med")
    ResponseEntity<TransferView> transfer(@PathVariable String ref, @RequestBody TransferRequest request,
            Authentication user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(transfers.transfer(ref, request, user.getName()).view());
    }

    @GetMapping("/goals")
    @Operation(summary = "Alla mål med beskrivning och antal uppdrag")
    List<GoalView> goals() {
        List<Assignment> all = assignments.assignments();
        return assignments.goals().stream().map(goal -> new GoalView(goal.getNumber(), goal.getTitle(),
                goal.getSections().stream().map(s -> new SectionView(s.heading(), s.text())).toList(),
                (int) all.stream().filter(a -> a.getGoal().getId().equals(goal.getId())).count())).toList();
    }

    @GetMapping("/assignments")
    @Operation(summary = "Uppdrag, filtrerade på mål, organisation, status och period (status avser perioden;"
            + " utan period den senaste)")
    List<AssignmentSummaryView> assignments(@RequestParam(required = false) Integer goal,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String status,
            @RequestParam(required = false) String period) {
        PeriodId periodId = period == null ? null : PeriodId.parse(period);
        String organisationCode = organisation == null ? null : organisations.resolve(organisation)
                .orElseThrow(() -> new IllegalArgumentException("Okänd organisation: " + organisation)).getCode();
        Filter filter = new Filter(goal, organisationCode, status == null ? null : parseStatus(status), periodId);
        if (periodId != null && queries.period(periodId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Perioden " + periodId + " finns inte");
        }
        return queries.assignments(filter).stream().map(RegisterApiController::summary).toList();
    }

    @GetMapping("/assignments/{ref}")
    @Operation(summary = "Ett uppdrag med beslut, ansvariga, rapporter, ansvarsöverföringar och ändringshistorik")
    AssignmentDetailView assignment(@PathVariable String ref) {
        Assignment a = assignments.assignment(ref).orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Uppdraget " + ref + " finns inte"));
        var decision = a.getDecision();
        Parties parties = assignments.parties(a);
        return new AssignmentDetailView(a.getRef(), a.getGoal().getNumber(), a.getNumber(), a.getOrigin(),
                a.getTitle(), a.getDescription(), a.getState(), a.getClosedReason(), responsible(parties),
                parties.concernedCodes(),
                decision == null ? null : new DecisionView(decision.caseNumber(), decision.body(), decision.date(),
                        decision.paragraph(), decision.title()),
                reporting.assessments(a).stream().map(s -> new AssessmentView(s.period().toString(), s.status(),
                        s.status().statusText(), s.reportedAs(), s.assessment(), s.estimatedEndYear(), s.approved(),
                        s.source().name())).toList(),
                reporting.boardReports(a).stream().map(r -> new BoardReportView(r.period().toString(),
                        r.organisation().getCode(), r.status(), r.assessment(), r.estimatedEndYear(),
                        r.state().name(), r.submittedAt())).toList(),
                TransferLine.of(assignments.transfers(a), organisations).stream().map(TransferLine::view).toList(),
                assignments.history(a).stream().map(c -> new ChangeView(c.getField(), c.getOldValue(),
                        c.getNewValue(), c.getSource(), c.getChangedBy(), c.getChangedAt())).toList());
    }

    @GetMapping("/organisations")
    @Operation(summary = "Nämnder och bolag")
    List<OrganisationView> organisations() {
        return organisations.all().stream().map(o -> new OrganisationView(o.getCode(), o.getName(), o.getKind(),
                o.isActive(), List.copyOf(o.getAliases()))).toList();
    }

    private static AssignmentSummaryView summary(AssignmentRow row) {
        Assignment a = row.assignment();
        Goal goal = a.getGoal();
        PeriodStatusView latest = row.assessment() == null ? null : new PeriodStatusView(
                row.assessment().period().toString(), row.status(), row.assessment().estimatedEndYear());
        return new AssignmentSummaryView(a.getRef(), goal.getNumber(), a.getNumber(), a.getOrigin(), a.getTitle(),
                a.getState(), responsible(row.parties()), row.parties().concernedCodes(), latest);
    }

    private static List<String> responsible(Parties parties) {
        return parties.responsibleAll() ? List.of("ALL") : parties.responsibleCodes();
    }

    static ReportStatus parseStatus(String status) {
        try {
            return ReportStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("Okänd status: " + status
                    + " (giltiga: GREEN_DONE, GREEN_ON_TRACK, YELLOW, RED)");
        }
    }
}
