package se.uppdragsstyrning.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;

/**
 * The register of goals and assignments. Every change of a text or a responsibility leaves a record:
 * updates go to {@link RegisterChange}, moves of responsibility to {@link ResponsibilityTransfer}.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentService {

    public static final String GOAL = "GOAL";
    public static final String ASSIGNMENT = "ASSIGNMENT";

    private final GoalRepository goals;
    private final AssignmentRepository assignments;
    private final ResponsibilityTransferRepository transfers;
    private final RegisterHistory history;
    private final BudgetYearRepository budgetYears;
    private final BudgetYearDecisionRepository budgetDecisions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final OrganisationService organisations;

    AssignmentService(GoalRepository goals, AssignmentRepository assignments,
            ResponsibilityTransferRepository transfers, RegisterHistory history, BudgetYearRepository budgetYears,
            BudgetYearDecisionRepository budgetDecisions, ApplicationEventPublisher events, Clock clock,
            OrganisationService organisations) {
        this.budgetYears = budgetYears;
        this.budgetDecisions = budgetDecisions;
        this.goals = goals;
        this.assignments = assignments;
        this.transfers = transfers;
        this.history = history;
        this.events = events;
        this.clock = clock;
        this.organisations = organisations;
    }

    /** The organisations with a part in each of the assignments, by assignment id, read in one query. */
    public Map<Long, Parties> parties(Collection<Assignment> list) {
        Map<Long, Organisation> byId = organisations.byIds(list.stream()
                .flatMap(a -> Stream.concat(a.getResponsibleIds().stream(), a.getConcernedIds().stream())).toList());
        Map<Long, Parties> parties = new HashMap<>();
        for (Assignment a : list) {
            parties.put(a.getId(), new Parties(a.isResponsibleAll(), a.getResponsibleIds().stream().map(byId::get)
                    .filter(Objects::nonNull).toList(), a.getConcernedIds().stream().map(byId::get)
                    .filter(Objects::nonNull).toList()));
        }
        return parties;
    }

    /** The organisations with a part in the assignment. */
    public Parties parties(Assignment assignment) {
        return parties(List.of(assignment)).get(assignment.getId());
    }

    public List<Goal> goals() {
        return goals.findAllByOrderByNumber();
    }

    public Optional<Goal> goal(int number) {
        return goals.findByNumber(number);
    }

    public List<Assignment> assignments() {
        return assignments.findAllWithGoal().stream().sorted(Assignment.COUNCIL_ORDER).toList();
    }

    public List<Assignment> activeAssignments() {
        return assignments.findActiveWithGoal().stream().sorted(Assignment.COUNCIL_ORDER).toList();
    }

    /** The assignments with these ids (with their goals) by id, in one query: for modules that refer to them by id. */
    public Map<Long, Assignment> assignmentsById(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : assignments.findWithGoalByIdIn(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Assignment::getId, Function.identity()));
    }

    /**
     * The register's row count and version sum: changes whenever an assignment is added or changed (every JPA
     * update raises its version), for read models that depend on which goal an assignment belongs to.
     */
    public String registerVersion() {
        List<Object[]> rows = assignments.versionSummary();
        return rows.isEmpty() ? "" : rows.get(0)[0] + "/" + rows.get(0)[1];
    }

    public Optional<Assignment> assignment(String ref) {
        return assignments.findByRef(ref);
    }

    public List<ResponsibilityTransfer> transfers(Assignment assignment) {
        return transfers.findByAssignmentOrderByEffectiveDateAscIdAsc(assignment);
    }

    public List<RegisterChange> history(Assignment assignment) {
        return history.of(ASSIGNMENT, assignment.getRef());
    }

    /** Creates the goal or updates its title and sections, recording what changed. */
    @Transactional
    public Goal saveGoal(int number, String title, List<GoalSection> sections, String source, String user) {
        Instant now = clock.instant();
        Optional<Goal> existing = goals.findByNumber(number);
        if (existing.isEmpty()) {
            Goal goal = new Goal(number, title, now);
            goal.replaceSections(sections, now);
            return goals.save(goal);
        }
        Goal goal = existing.get();
        String ref = String.valueOf(number);
        if (recordChange(GOAL, ref, "title", goal.getTitle(), title, source, user)) {
            goal.setTitle(title, now);
        }
        if (recordChange(GOAL, ref, "sections", sectionsText(goal.getSections()), sectionsText(sections), source, user)) {
            goal.replaceSections(sections, now);
        }
        return goal;
    }

    /** Registers the assignment or updates it, recording every changed field. Returns it and whether it is new. */
    @Transactional
    public Assignment saveAssignment(AssignmentData data, String source, String user) {
        return saveAssignment(data, null, source, user);
    }

    /**
     * Registers the assignment or updates it, recording every changed field. A new one with a {@code lastYear}
     * (known only from an older year's follow-up) never reports again, so no lifecycle is started for it; a new one
     * that continues an earlier assignment ends that one with the year before its own budget year.
     */
    @Transactional
    public Assignment saveAssignment(AssignmentData data, Integer lastYear, String source, String user) {
        Goal goal = goals.findByNumber(data.goalNumber())
                .orElseThrow(() -> new IllegalArgumentException("Okänt mål " + data.goalNumber()));
        Instant now = clock.instant();
        Optional<Assignment> existing = assignments.findByRef(data.ref());
        if (existing.isEmpty()) {
            Assignment assignment = new Assignment(data.ref(), goal, data.number(), data.origin(), data.title(), now);
            assignment.setDescription(data.description(), now);
            assignment.setDecision(data.decision(), now);
            assignment.setBudgetYear(data.budgetYear(), now);
            assignment.setContinuesRef(data.continuesRef(), now);
            assignment.endWith(lastYear, now);
            assignment.assignOrganisations(data.responsibleAll(), ids(data.responsible()), ids(data.concerned()), now);
            if (lastYear == null) {
                events.publishEvent(new AssignmentRegistered(data.ref(), goal.getNumber()));
            }
            Assignment saved = assignments.save(assignment);
            endPredecessor(saved, source, user);
            return saved;
        }
        Assignment assignment = existing.get();
        String ref = assignment.getRef();
        if (recordChange(ASSIGNMENT, ref, "goal", assignment.getGoal().getNumber(), goal.getNumber(), source, user)) {
            assignment.setGoal(goal, now);
        }
        if (recordChange(ASSIGNMENT, ref, "number", assignment.getNumber(), data.number(), source, user)) {
            assignment.setNumber(data.number(), now);
        }
        if (recordChange(ASSIGNMENT, ref, "origin", assignment.getOrigin(), data.origin(), source, user)) {
            assignment.setOrigin(data.origin(), now);
        }
        if (data.budgetYear() != null && recordChange(ASSIGNMENT, ref, "budgetYear", assignment.getBudgetYear(),
                data.budgetYear(), source, user)) {
            assignment.setBudgetYear(data.budgetYear(), now);
        }
        if (data.continuesRef() != null && recordChange(ASSIGNMENT, ref, "continues", assignment.getContinuesRef(),
                data.continuesRef(), source, user)) {
            assignment.setContinuesRef(data.continuesRef(), now);
            endPredecessor(assignment, source, user);
        }
        if (recordChange(ASSIGNMENT, ref, "title", assignment.getTitle(), data.title(), source, user)) {
            assignment.setTitle(data.title(), now);
        }
        if (recordChange(ASSIGNMENT, ref, "description", assignment.getDescription(), data.description(), source, user)) {
            assignment.setDescription(data.description(), now);
        }
        if (recordChange(ASSIGNMENT, ref, "decision", citation(assignment.getDecision()), citation(data.decision()),
                source, user)) {
            assignment.setDecision(data.decision(), now);
        }
        Parties before = parties(assignment);
        String responsibleBefore = responsibleText(before.responsibleAll(), before.responsible());
        String responsibleAfter = responsibleText(data.responsibleAll(), data.responsible());
        boolean responsibleChanged = recordChange(ASSIGNMENT, ref, "responsible", responsibleBefore, responsibleAfter,
                source, user);
        boolean concernedChanged = recordChange(ASSIGNMENT, ref, "concerned", codes(before.concerned()),
                codes(data.concerned()), source, user);
        if (responsibleChanged || concernedChanged) {
            assignment.assignOrganisations(data.responsibleAll(), ids(data.responsible()), ids(data.concerned()), now);
        }
        return assignment;
    }

    /** The assignment this one continues is active up to the year before this one's budget year. */
    private void endPredecessor(Assignment successor, String source, String user) {
        if (successor.getContinuesRef() == null || successor.getBudgetYear() == null) {
            return;
        }
        assignments.findByRef(successor.getContinuesRef()).filter(Assignment::isOpenEnded)
                .ifPresent(predecessor -> endWith(predecessor, successor.getBudgetYear() - 1, source, user));
    }

    private void endWith(Assignment assignment, int lastYear, String source, String user) {
        if (recordChange(ASSIGNMENT, assignment.getRef(), "lastYear", assignment.getLastYear(), lastYear, source,
                user)) {
            assignment.endWith(lastYear, clock.instant());
        }
    }

    /**
     * The assignment's whole line across budget years, oldest first: the ones it continues and the ones that
     * continue it (each renewal under a new number is a new ref). Just the assignment when it has no line.
     */
    public List<Assignment> lineage(Assignment assignment) {
        java.util.LinkedList<Assignment> line = new java.util.LinkedList<>();
        line.add(assignment);
        java.util.Set<String> seen = new java.util.HashSet<>(List.of(assignment.getRef()));
        Assignment earliest = assignment;
        while (earliest.getContinuesRef() != null && seen.add(earliest.getContinuesRef())) {
            Optional<Assignment> before = assignments.findByRef(earliest.getContinuesRef());
            if (before.isEmpty()) {
                break;
            }
            earliest = before.get();
            line.addFirst(earliest);
        }
        Assignment latest = assignment;
        while (true) {
            Optional<Assignment> after = assignments.findByContinuesRef(latest.getRef()).stream()
                    .filter(a -> !seen.contains(a.getRef())).findFirst();
            if (after.isEmpty()) {
                return List.copyOf(line);
            }
            latest = after.get();
            seen.add(latest.getRef());
            line.addLast(latest);
        }
    }

    /** The budget years registered, latest first. */
    public List<BudgetYear> budgetYears() {
        return budgetYears.findAllByOrderByYearDesc();
    }

    /** What the budget year decided for the earlier year's unfinished assignments, in the order decided. */
    public List<BudgetYearDecision> budgetDecisions(int year) {
        return budgetDecisions.findByYearOrderById(year);
    }

    /**
     * The unfinished assignments a new budget year decides on: active, with no end decided, adopted before the
     * year (or in a year not known).
     */
    public List<Assignment> unfinishedBefore(int year) {
        return activeAssignments().stream().filter(Assignment::isOpenEnded)
                .filter(a -> a.getBudgetYear() == null || a.getBudgetYear() < year).toList();
    }

    /** What a new budget year decides for one unfinished assignment of the earlier year. */
    public record BudgetDecision(String ref, BudgetYearDecision.Kind kind, String newRef, Integer newNumber) {
    }

    /**
     * Registers the budget year with the decision for each unfinished assignment of the earlier year (the caller
     * has checked them: one per unfinished assignment, new refs free): carried over keeps its ref and becomes a
     * kvarvarande uppdrag; renewed ends with the earlier year and continues as a new assignment under the new
     * number and ref; ended ends with the earlier year.
     */
    @Transactional
    public BudgetYear registerBudgetYear(int year, List<BudgetDecision> decisions, String user) {
        BudgetYear budgetYear = budgetYears.save(new BudgetYear(year, user, clock.instant()));
        String source = "BUDGET_YEAR";
        for (BudgetDecision decision : decisions) {
            Assignment assignment = assignments.findByRef(decision.ref()).orElseThrow();
            switch (decision.kind()) {
                case CARRIED_OVER -> {
                    if (recordChange(ASSIGNMENT, assignment.getRef(), "origin", assignment.getOrigin(),
                            AssignmentOrigin.CARRIED_OVER, source, user)) {
                        assignment.setOrigin(AssignmentOrigin.CARRIED_OVER, clock.instant());
                    }
                    recordChange(ASSIGNMENT, assignment.getRef(), "carriedOver", null, year, source, user);
                }
                case RENEWED -> {
                    Parties parties = parties(assignment);
                    AssignmentData renewed = new AssignmentData(assignment.getRef(), assignment.getGoal().getNumber(),
                            assignment.getNumber(), assignment.getOrigin(), assignment.getTitle(),
                            assignment.getDescription(), parties.responsibleAll(), parties.responsible(),
                            parties.concerned(), assignment.getDecision())
                            .renewedAs(decision.newRef(), decision.newNumber(), year);
                    recordChange(ASSIGNMENT, assignment.getRef(), "renewedAs", null, decision.newRef(), source, user);
                    saveAssignment(renewed, source, user);
                }
                case ENDED -> endWith(assignment, year - 1, source, user);
            }
            budgetDecisions.save(new BudgetYearDecision(year, decision.ref(), decision.kind(), decision.newRef()));
        }
        return budgetYear;
    }

    /** Moves responsibility for the assignment from one organisation to another and records the move. */
    @Transactional
    public ResponsibilityTransfer transfer(String ref, Organisation from, Organisation to, LocalDate effectiveDate,
            String decisionReference, String note, String user) {
        Instant now = clock.instant();
        Assignment assignment = assignments.findByRef(ref).orElseThrow();
        assignment.moveResponsibility(from == null ? null : from.getId(), to.getId(), now);
        ResponsibilityTransfer transfer = transfers.save(new ResponsibilityTransfer(assignment,
                from == null ? null : from.getId(), to.getId(), effectiveDate, decisionReference, note, user, now));
        events.publishEvent(new ResponsibilityTransferred(transfer.getId(), ref, from == null ? null : from.getCode(),
                to.getCode()));
        return transfer;
    }

    /**
     * The coordinator closes the assignment outside a period's approval, as done or as not carried out (with its
     * reason): it leaves later periods, and the workflow ends its lifecycle and cancels its open tasks
     * ({@link AssignmentClosed}). Closing it again in the same way changes nothing.
     */
    @Transactional
    public void closeByDecision(String ref, AssignmentState state, String reason, String user) {
        Assignment assignment = assignments.findByRef(ref).orElseThrow();
        if (assignment.getState() == state) {
            return;
        }
        recordChange(ASSIGNMENT, ref, "closedReason", assignment.getClosedReason(), reason, "CLOSURE", user);
        close(ref, state, reason, user);
        events.publishEvent(new AssignmentClosed(ref, state, reason, user));
    }

    /** Closes the assignment as done or as not carried out (with its reason); it leaves later periods. */
    @Transactional
    public void close(String ref, AssignmentState state, String reason, String user) {
        Assignment assignment = assignments.findByRef(ref).orElseThrow();
        if (assignment.getState() == state) {
            return;
        }
        recordChange(ASSIGNMENT, ref, "state", assignment.getState(), state, "CLOSURE", user);
        assignment.close(state, reason, clock.instant());
    }

    private boolean recordChange(String type, String ref, String field, Object before, Object after, String source,
            String user) {
        return history.record(type, ref, field, before, after, source, user);
    }

    private static String citation(DecisionReference decision) {
        return decision == null || decision.isEmpty() ? null
                : decision.citation() + (decision.title() == null ? "" : " " + decision.title());
    }

    private static String responsibleText(boolean all, List<Organisation> responsible) {
        return all ? "ALL" : codes(responsible);
    }

    private static List<Long> ids(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::getId).toList();
    }

    private static String codes(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::getCode).collect(Collectors.joining(", "));
    }

    private static String sectionsText(List<GoalSection> sections) {
        return sections.stream().map(s -> s.heading() + "\n" + s.text()).collect(Collectors.joining("\n\n"));
    }
}
