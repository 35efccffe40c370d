package se.uppdragsstyrning.register;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.assignment.AssignmentState;
import se.uppdragsstyrning.assignment.BudgetYear;
import se.uppdragsstyrning.register.RegisterDecisions.BudgetYearRequest;
import se.uppdragsstyrning.register.RegisterDecisions.Closure;
import se.uppdragsstyrning.reporting.ReportingPeriod;

/**
 * The register kept from decisions over the JSON API. A refused request answers a problem detail listing every
 * problem ({@code {"problems":[{"path":"$.title","message":…}]}}, the paths as in an import), and nothing is stored.
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Register", description = "Mål, uppdrag och nämnder/bolag")
@PreAuthorize("isAuthenticated()")
class RegisterDecisionApiController {

    private final RegisterDecisions decisions;

    RegisterDecisionApiController(RegisterDecisions decisions) {
        this.decisions = decisions;
    }

    /** What the register holds of an assignment after a decision. */
    record RegisteredView(String ref, int goal, Integer number, AssignmentOrigin origin, String title,
            AssignmentState state, Integer budgetYear, Integer lastYear, String continues, String closedReason) {

        static RegisteredView of(Assignment a) {
            return new RegisteredView(a.getRef(), a.getGoal().getNumber(), a.getNumber(), a.getOrigin(),
                    a.getTitle(), a.getState(), a.getBudgetYear(), a.getLastYear(), a.getContinuesRef(),
                    a.getClosedReason());
        }
    }

    @PostMapping(path = "/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Registrera ett uppdrag från ett beslut (utbytesformatets uppdrag, utan report);"
            + " utan ref får det en av registret")
    ResponseEntity<RegisteredView> register(InputStream body, Authentication user) throws IOException {
        Assignment assignment = decisions.register(body.readAllBytes(), user.getName());
        return ResponseEntity.created(URI.create("/api/assignments/" + assignment.getRef()))
                .body(RegisteredView.of(assignment));
    }

    @PutMapping(path = "/assignments/{ref}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ändra ett uppdrag (hela uppdraget i utbytesformatet); ändringarna sparas i historiken")
    RegisteredView change(@PathVariable String ref, InputStream body, Authentication user) throws IOException {
        return RegisteredView.of(decisions.change(ref, body.readAllBytes(), user.getName()));
    }

    @PostMapping(path = "/assignments/{ref}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Avsluta ett uppdrag utanför en period: DONE, eller NOT_CARRIED_OUT med skäl;"
            + " dess öppna uppgifter avbryts")
    RegisteredView close(@PathVariable String ref, @RequestBody Closure closure, Authentication user) {
        return RegisteredView.of(decisions.close(ref, closure, user.getName()));
    }

    record AddedAssignment(String ref) {
    }

    record PeriodParticipation(String period, int tasksExpected) {
    }

    @PostMapping(path = "/periods/{id}/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Lägg till ett uppdrag i en period som pågår; dess uppgifter skapas direkt")
    PeriodParticipation addToPeriod(@PathVariable String id, @RequestBody AddedAssignment added,
            Authentication user) {
        ReportingPeriod period = decisions.addToPeriod(id, added.ref(), user.getName());
        return new PeriodParticipation(period.periodId().toString(), period.getTasksExpected());
    }

    record DecisionView(String ref, String decision, String newRef) {
    }

    record BudgetYearView(int year, String registeredBy, java.time.Instant registeredAt,
            List<DecisionView> decisions) {
    }

    @PostMapping(path = "/budget-years", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Registrera ett budgetår med beslut för varje pågående uppdrag från tidigare år:"
            + " CARRIED_OVER (kvarstår), RENEWED (nytt nummer, newNumber) eller ENDED")
    ResponseEntity<BudgetYearView> budgetYear(@RequestBody BudgetYearRequest request, Authentication user) {
        BudgetYear year = decisions.budgetYear(request, user.getName());
        return ResponseEntity.created(URI.create("/api/budget-years/" + year.getYear()))
                .body(budgetYears().stream().filter(b -> b.year() == year.getYear()).findFirst().orElseThrow());
    }

    @GetMapping("/budget-years")
    @Operation(summary = "Registrerade budgetår med besluten för tidigare års uppdrag, det senaste först")
    List<BudgetYearView> budgetYears() {
        return decisions.budgetYears().entrySet().stream().map(e -> new BudgetYearView(e.getKey().getYear(),
                e.getKey().getRegisteredBy(), e.getKey().getRegisteredAt(), e.getValue().stream()
                        .map(d -> new DecisionView(d.getAssignmentRef(), d.getDecision().name(), d.getNewRef()))
                        .toList())).toList();
    }
}
