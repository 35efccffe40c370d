package se.uppdragsstyrning.register;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.organisation.OrganisationService.DatedNames;
import se.uppdragsstyrning.reporting.BoardReportEntry;
import se.uppdragsstyrning.reporting.ReportState;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingService;

/**
 * What the assignment page shows of its life in the register: its line across budget years with the reports of
 * the other assignments in it, the link to its decision, and for the coordinator the periods under way it can
 * still be added to.
 */
@Component
@Transactional(readOnly = true)
class AssignmentPageExtras {

    private final AssignmentService assignments;
    private final ReportingService reporting;
    private final DecisionLinks links;
    private final RegisterDecisions decisions;
    private final OrganisationService organisations;

    AssignmentPageExtras(AssignmentService assignments, ReportingService reporting, DecisionLinks links,
            RegisterDecisions decisions, OrganisationService organisations) {
        this.organisations = organisations;
        this.assignments = assignments;
        this.reporting = reporting;
        this.links = links;
        this.decisions = decisions;
    }

    /** An earlier or later assignment of the line, with its reports (period label, status, assessment). */
    record LineEntry(Assignment assignment, boolean current, List<LineReport> reports) {
    }

    record LineReport(String period, ReportStatus status, String assessment,
            Integer estimatedEndYear) {
    }

    /** One organisation's report as the assignment page lists it: under the name it had at the period's end. */
    record BoardReportRow(String periodLabel, String organisationName, ReportStatus status, ReportState state) {
    }

    List<BoardReportRow> boardReports(Assignment assignment) {
        List<BoardReportEntry> reports = reporting.boardReports(assignment);
        DatedNames names = organisations.datedNames(reports.stream().map(BoardReportEntry::organisation).toList());
        return reports.stream().map(r -> new BoardReportRow(r.periodLabel(),
                names.on(r.organisation(), r.period().lastDay()), r.status(), r.state())).toList();
    }

    void addTo(Model model, Assignment assignment) {
        List<Assignment> line = assignments.lineage(assignment);
        model.addAttribute("lineage", line.size() < 2 ? List.of() : line.stream()
                .map(a -> new LineEntry(a, a.getRef().equals(assignment.getRef()), reporting.assessments(a).stream()
                        .map(s -> new LineReport(s.periodLabel(), s.status(), s.assessment(), s.estimatedEndYear()))
                        .toList()))
                .toList());
        model.addAttribute("decisionLink", assignment.getDecision() == null ? null
                : links.linkFor(assignment.getDecision().caseNumber()).orElse(null));
        model.addAttribute("periodsUnderWay", assignment.getState().isClosed() ? List.of()
                : decisions.periodsUnderWay(assignment));
    }
}
