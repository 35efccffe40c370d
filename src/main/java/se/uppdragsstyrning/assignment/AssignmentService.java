package se.uppdragsstyrning.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.organisation.Organisation;

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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(GoalRepository goals, AssignmentRepository assignments,
            ResponsibilityTransferRepository transfers, RegisterHistory history, ApplicationEventPublisher events,
            Clock clock) {
        this.goals = goals;
        this.assignments = assignments;
        this.transfers = transfers;
        this.history = history;
        this.events = events;
        this.clock = clock;
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
        Goal goal = goals.findByNumber(data.goalNumber())
                .orElseThrow(() -> new IllegalArgumentException("Okänt mål " + data.goalNumber()));
        Instant now = clock.instant();
        Optional<Assignment> existing = assignments.findByRef(data.ref());
        if (existing.isEmpty()) {
            Assignment assignment = new Assignment(data.ref(), goal, data.number(), data.origin(), data.title(), now);
            assignment.setDescription(data.description(), now);
            assignment.setDecision(data.decision(), now);
            assignment.assignOrganisations(data.responsibleAll(), data.responsible(), data.concerned(), now);
            events.publishEvent(new AssignmentRegistered(data.ref(), goal.getNumber()));
            return assignments.save(assignment);
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
        String responsibleBefore = responsibleText(assignment.isResponsibleAll(), assignment.getResponsible());
        String responsibleAfter = responsibleText(data.responsibleAll(), data.responsible());
        boolean responsibleChanged = recordChange(ASSIGNMENT, ref, "responsible", responsibleBefore, responsibleAfter,
                source, user);
        boolean concernedChanged = recordChange(ASSIGNMENT, ref, "concerned", codes(assignment.getConcerned()),
                codes(data.concerned()), source, user);
        if (responsibleChanged || concernedChanged) {
            assignment.assignOrganisations(data.responsibleAll(), data.responsible(), data.concerned(), now);
        }
        return assignment;
    }

    /** Moves responsibility for the assignment from one organisation to another and records the move. */
    @Transactional
    public ResponsibilityTransfer transfer(String ref, Organisation from, Organisation to, LocalDate effectiveDate,
            String decisionReference, String note, String user) {
        Instant now = clock.instant();
        Assignment assignment = assignments.findByRef(ref).orElseThrow();
        assignment.moveResponsibility(from, to, now);
        ResponsibilityTransfer transfer = transfers.save(new ResponsibilityTransfer(assignment, from, to,
                effectiveDate, decisionReference, note, user, now));
        events.publishEvent(new ResponsibilityTransferred(transfer.getId(), ref, from == null ? null : from.getCode(),
                to.getCode()));
        return transfer;
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

    private static String codes(List<Organisation> organisations) {
        return organisations.stream().map(Organisation::getCode).collect(Collectors.joining(", "));
    }

    private static String sectionsText(List<GoalSection> sections) {
        return sections.stream().map(s -> s.heading() + "\n" + s.text()).collect(Collectors.joining("\n\n"));
    }
}
