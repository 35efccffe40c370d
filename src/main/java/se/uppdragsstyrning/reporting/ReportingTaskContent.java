package se.uppdragsstyrning.reporting;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.organisation.OrganisationService.DatedNames;
import se.uppdragsstyrning.assignment.Parties;
import se.uppdragsstyrning.tasks.TaskContent;

/**
 * What the inbox shows of the reporting processes' tasks: the period, the assignment a task is about and its
 * earlier reports (template {@code reporting/task-context}), and what the reporting period expected.
 */
@Component
@Transactional(readOnly = true)
class ReportingTaskContent implements TaskContent {

    static final String TEMPLATE = "reporting/task-context";

    private final ReportingService reporting;
    private final AssignmentService assignments;
    private final MessageSource messages;

    private final OrganisationService organisations;

    ReportingTaskContent(ReportingService reporting, AssignmentService assignments, MessageSource messages,
            OrganisationService organisations) {
        this.organisations = organisations;
        this.reporting = reporting;
        this.assignments = assignments;
        this.messages = messages;
    }

    @Override
    public String periodId(String text) {
        return PeriodId.parse(text).toString();
    }

    @Override
    public String periodLabel(String periodId) {
        try {
            return PeriodId.parse(periodId).label();
        } catch (IllegalArgumentException e) {
            return periodId;
        }
    }

    @Override
    public List<Option> periods() {
        return reporting.periods().stream().map(p -> new Option(p.periodId().toString(), p.getLabel())).toList();
    }

    @Override
    public List<Option> goals() {
        return assignments.goals().stream().map(g -> new Option(String.valueOf(g.getNumber()), g.getTitle())).toList();
    }

    @Override
    public Set<String> assignmentsOfGoal(int goal) {
        return assignments.assignments().stream().filter(a -> a.getGoal().getNumber() == goal)
                .map(Assignment::getRef).collect(Collectors.toSet());
    }

    @Override
    public Map<String, Subject> subjects(Collection<String> assignmentRefs) {
        Map<String, Subject> subjects = new HashMap<>();
        assignmentRefs.forEach(ref -> assignments.assignment(ref).ifPresent(a -> subjects.put(ref,
                new Subject(a.getLabel(), a.getTitle(), a.getGoal().getNumber()))));
        return subjects;
    }

    /** The assignment, its assessments per period and the organisations' board reports, newest period first. */
    @Override
    public Optional<Page> page(Task task) {
        return Optional.ofNullable(task.assignmentRef()).flatMap(assignments::assignment).map(assignment -> {
            Map<String, Object> parts = new LinkedHashMap<>();
            parts.put("assignment", context(assignment));
            parts.put("assessments", assessments(assignment));
            parts.put("boardReports", boardReports(assignment));
            return new Page(assignment.getLabel(), TEMPLATE, parts);
        });
    }

    /** The period's name, for the forms' texts ("Delårsuppföljning per …"). */
    @Override
    public Map<String, Object> formVariables(Task task) {
        return task.periodId() == null ? Map.of() : Map.of("periodLabel", periodLabel(task.periodId()));
    }

    @Override
    public int expectedTasks(String periodId) {
        return reporting.period(PeriodId.parse(periodId)).map(ReportingPeriod::getTasksExpected).orElse(0);
    }

    private AssignmentContext context(Assignment assignment) {
        Parties parties = assignments.parties(assignment);
        return new AssignmentContext(assignment.getRef(), assignment.getLabel(), assignment.getTitle(),
                assignment.getDescription(), assignment.getGoal().getNumber(), assignment.getGoal().getTitle(),
                parties.responsibleAll(), parties.responsibleNames(),
                assignment.getDecision() == null ? null : assignment.getDecision().citation());
    }

    private List<PastReport> assessments(Assignment assignment) {
        return reporting.assessments(assignment).stream()
                .map(a -> new PastReport(a.periodLabel(), null, a.status(), a.assessment(), a.estimatedEndYear(),
                        a.reportedAs()))
                .toList();
    }

    /** Each organisation under the name it had at the end of the report's period. */
    private List<PastReport> boardReports(Assignment assignment) {
        List<BoardReportEntry> reports = reporting.boardReports(assignment);
        DatedNames names = organisations.datedNames(reports.stream().map(BoardReportEntry::organisation).toList());
        return reports.stream()
                .map(r -> new PastReport(r.periodLabel(), names.on(r.organisation(), r.period().lastDay()), r.status(),
                        r.assessment(),
                        r.estimatedEndYear(), messages.getMessage("reporting.task.reportState." + r.state().name(), null,
                                LocaleContextHolder.getLocale())))
                .toList();
    }
}
