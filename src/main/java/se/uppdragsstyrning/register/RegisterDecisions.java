package se.uppdragsstyrning.register;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.AssignmentService.BudgetDecision;
import se.uppdragsstyrning.assignment.AssignmentState;
import se.uppdragsstyrning.assignment.BudgetYear;
import se.uppdragsstyrning.assignment.BudgetYearDecision;
import se.uppdragsstyrning.interchange.AssignmentReader;
import se.uppdragsstyrning.interchange.AssignmentReader.Read;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodService;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/**
 * The coordinator keeps the register from the council's decisions: registers an assignment, changes it (every
 * changed field kept in the register history), closes it outside a period, adds it to a period under way, and
 * registers a new budget year with its decision for every unfinished assignment of the earlier year. Each refuses
 * with every problem listed and stores nothing then.
 */
@Service
@Transactional
class RegisterDecisions {

    /** How the register history names changes made here. */
    static final String SOURCE = "REGISTER";

    private final AssignmentReader reader;
    private final AssignmentService assignments;
    private final PeriodService periods;
    private final ReportingService reporting;

    RegisterDecisions(AssignmentReader reader, AssignmentService assignments, PeriodService periods,
            ReportingService reporting) {
        this.reader = reader;
        this.assignments = assignments;
        this.periods = periods;
        this.reporting = reporting;
    }

    /** Registers the assignment the body describes (interchange format, without report); returns it. */
    @PreAuthorize("hasRole('COORDINATOR')")
    Assignment register(byte[] body, String user) {
        Read read = reader.registration(body);
        if (!read.isValid()) {
            throw new ProblemsException(read.problems());
        }
        return assignments.saveAssignment(read.data(), SOURCE, user);
    }

    /** Changes the assignment to what the body describes; every changed field goes to the register history. */
    @PreAuthorize("hasRole('COORDINATOR')")
    Assignment change(String ref, byte[] body, String user) {
        Assignment assignment = existing(ref);
        if (assignment.getState().isClosed()) {
            throw new ProblemsException(List.of(Problem.of("Uppdraget är avslutat och kan inte ändras.")));
        }
        Read read = reader.change(ref, body);
        if (!read.isValid()) {
            throw new ProblemsException(read.problems());
        }
        return assignments.saveAssignment(read.data(), SOURCE, user);
    }

    /** How the coordinator closes an assignment: {@code DONE}, or {@code NOT_CARRIED_OUT} with its reason. */
    record Closure(String outcome, String reason) {
    }

    /**
     * Closes the assignment outside a period: done, or not carried out ("genomförs inte") with its reason. Its
     * lifecycle ends and its open tasks are cancelled (the workflow, after the commit).
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    Assignment close(String ref, Closure closure, String user) {
        Assignment assignment = existing(ref);
        List<Problem> problems = new ArrayList<>();
        String outcome = closure == null || closure.outcome() == null ? "" : closure.outcome().trim();
        String reason = closure == null || closure.reason() == null || closure.reason().isBlank() ? null
                : closure.reason().trim();
        AssignmentState state = switch (outcome.toUpperCase(Locale.ROOT)) {
            case "DONE" -> AssignmentState.CLOSED_DONE;
            case "NOT_CARRIED_OUT" -> AssignmentState.CLOSED_NOT_CARRIED_OUT;
            default -> null;
        };
        if (outcome.isEmpty()) {
            problems.add(new Problem("outcome", "Ange om uppdraget är slutfört eller inte genomförs."));
        } else if (state == null) {
            problems.add(new Problem("outcome", "Okänt utfall: " + outcome + " (giltiga: DONE, NOT_CARRIED_OUT)."));
        }
        if (state == AssignmentState.CLOSED_NOT_CARRIED_OUT && reason == null) {
            problems.add(new Problem("reason", "Ange varför uppdraget inte genomförs."));
        }
        if (reason != null && reason.length() > 4000) {
            problems.add(new Problem("reason", "Skälet får vara högst 4000 tecken."));
        }
        if (assignment.getState().isClosed()) {
            problems.add(Problem.of("Uppdraget är redan avslutat."));
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        assignments.closeByDecision(ref, state, reason, user);
        return existing(ref);
    }

    /** Adds the assignment to a period under way: its tasks are created at once. */
    @PreAuthorize("hasRole('COORDINATOR')")
    ReportingPeriod addToPeriod(String periodId, String ref, String user) {
        PeriodId id;
        try {
            id = PeriodId.parse(periodId);
        } catch (IllegalArgumentException e) {
            throw new ProblemsException(HttpStatus.NOT_FOUND, List.of(Problem.of("Perioden " + periodId
                    + " finns inte.")));
        }
        return periods.addParticipant(id, ref, user);
    }

    /** The periods under way an assignment may still be added to. */
    @Transactional(readOnly = true)
    List<ReportingPeriod> periodsUnderWay(Assignment assignment) {
        return reporting.periods().stream().filter(ReportingPeriod::acceptsParticipants)
                .filter(p -> assignment.isActiveIn(p.getYear()))
                .filter(p -> !p.takesPart(assignment.getId()))
                .toList();
    }

    /** One assignment's decision in a new budget year: CARRIED_OVER, RENEWED (with the new number) or ENDED. */
    record AssignmentDecision(String ref, String decision, Integer newNumber, String newRef) {
    }

    record BudgetYearRequest(Integer year, List<AssignmentDecision> decisions) {
    }

    /**
     * Registers the budget year with the decision for every unfinished assignment of the earlier year: carried over
     * (keeps its ref), renewed under a new number (a new ref that continues the old one) or ended. Every unfinished
     * assignment needs exactly one decision.
     */
    @PreAuthorize("hasRole('COORDINATOR')")
    BudgetYear budgetYear(BudgetYearRequest request, String user) {
        List<Problem> problems = new ArrayList<>();
        Integer year = request == null ? null : request.year();
        if (year == null) {
            problems.add(new Problem("year", "Ange budgetåret."));
        } else if (year < 2000 || year > 2100) {
            problems.add(new Problem("year", "Budgetåret ska vara mellan 2000 och 2100."));
        } else {
            assignments.budgetYears().stream().filter(b -> b.getYear() >= year).findFirst().ifPresent(b -> problems
                    .add(new Problem("year", b.getYear() == year ? "Budgetåret " + year + " är redan registrerat."
                            : "Budgetåret " + b.getYear() + " är redan registrerat; ett nytt budgetår ska vara senare.")));
        }
        List<AssignmentDecision> given = request == null || request.decisions() == null ? List.of()
                : request.decisions();
        List<Assignment> unfinished = year == null ? List.of() : assignments.unfinishedBefore(year);
        Set<String> unfinishedRefs = unfinished.stream().map(Assignment::getRef).collect(Collectors.toSet());
        Set<String> decided = new HashSet<>();
        Set<String> newRefs = new HashSet<>();
        List<BudgetDecision> decisions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            AssignmentDecision d = given.get(i);
            String at = "decisions[" + i + "]";
            String ref = d.ref() == null ? null : d.ref().trim();
            if (ref == null || ref.isEmpty()) {
                problems.add(new Problem(at + ".ref", "Ange uppdraget beslutet gäller."));
                continue;
            }
            if (!decided.add(ref)) {
                problems.add(new Problem(at + ".ref", "Uppdraget " + ref + " har redan ett beslut."));
                continue;
            }
            if (year != null && !unfinishedRefs.contains(ref)) {
                problems.add(new Problem(at + ".ref", assignments.assignment(ref).isPresent()
                        ? "Uppdraget " + ref + " är inte ett pågående uppdrag från ett tidigare budgetår."
                        : "Uppdraget " + ref + " finns inte."));
            }
            BudgetYearDecision.Kind kind = kind(d.decision());
            if (kind == null) {
                problems.add(new Problem(at + ".decision", d.decision() == null || d.decision().isBlank()
                        ? "Ange beslutet för " + ref + ": CARRIED_OVER, RENEWED eller ENDED."
                        : "Okänt beslut " + d.decision() + " för " + ref
                                + " (giltiga: CARRIED_OVER, RENEWED, ENDED)."));
                continue;
            }
            String newRef = null;
            if (kind == BudgetYearDecision.Kind.RENEWED) {
                if (d.newNumber() == null || d.newNumber() < 1 || d.newNumber() > 9999) {
                    problems.add(new Problem(at + ".newNumber", "Ange det nya numret (1–9999) för " + ref + "."));
                } else if (year != null) {
                    newRef = d.newRef() != null && !d.newRef().isBlank() ? d.newRef().trim()
                            : year + "-" + d.newNumber();
                    if (!newRef.matches("[\\p{L}\\p{N}._-]{1,40}")) {
                        problems.add(new Problem(at + ".newRef", "”" + newRef + "” får bara innehålla bokstäver,"
                                + " siffror, punkt, bindestreck och understreck."));
                    } else if (assignments.assignment(newRef).isPresent() || !newRefs.add(newRef)) {
                        problems.add(new Problem(at + ".newNumber", "Uppdraget " + newRef + " finns redan."));
                    }
                }
            }
            decisions.add(new BudgetDecision(ref, kind, newRef, d.newNumber()));
        }
        unfinished.stream().filter(a -> !decided.contains(a.getRef())).forEach(a -> problems.add(new Problem(
                "decisions", "Beslut saknas för " + a.getLabel() + " (" + a.getRef() + "): " + a.getTitle())));
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        return assignments.registerBudgetYear(year, decisions, user);
    }

    /** The unfinished assignments a new budget year must decide on. */
    @Transactional(readOnly = true)
    List<Assignment> unfinishedBefore(int year) {
        return assignments.unfinishedBefore(year);
    }

    @Transactional(readOnly = true)
    Map<BudgetYear, List<BudgetYearDecision>> budgetYears() {
        Map<BudgetYear, List<BudgetYearDecision>> years = new java.util.LinkedHashMap<>();
        assignments.budgetYears().forEach(b -> years.put(b, assignments.budgetDecisions(b.getYear())));
        return years;
    }

    private Assignment existing(String ref) {
        return assignments.assignment(ref).orElseThrow(() -> new ProblemsException(HttpStatus.NOT_FOUND,
                List.of(Problem.of("Uppdraget " + ref + " finns inte."))));
    }

    private static BudgetYearDecision.Kind kind(String decision) {
        if (decision == null) {
            return null;
        }
        return Optional.of(decision.trim().toUpperCase(Locale.ROOT)).flatMap(d -> java.util.Arrays
                .stream(BudgetYearDecision.Kind.values()).filter(k -> k.name().equals(d)).findFirst()).orElse(null);
    }
}
