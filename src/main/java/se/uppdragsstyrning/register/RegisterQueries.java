package se.uppdragsstyrning.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.Parties;
import se.uppdragsstyrning.reporting.AssessmentEntry;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;

/** Reads the register together with each assignment's status in a period, for pages and the API. */
@Service
@Transactional(readOnly = true)
class RegisterQueries {

    private final AssignmentService assignments;
    private final ReportingService reporting;

    RegisterQueries(AssignmentService assignments, ReportingService reporting) {
        this.assignments = assignments;
        this.reporting = reporting;
    }

    /** An assignment with its organisations and its assessment in the period asked for (or none). */
    public record AssignmentRow(Assignment assignment, Parties parties, AssessmentEntry assessment) {

        public ReportStatus status() {
            return assessment == null ? null : assessment.status();
        }
    }

    /** The filters of the assignment list; every one may be null. */
    record Filter(Integer goal, String organisation, ReportStatus status, PeriodId period) {
    }

    /** The period a list shows: the one asked for, else the newest one. */
    Optional<ReportingPeriod> period(PeriodId asked) {
        if (asked != null) {
            return reporting.period(asked);
        }
        return reporting.latestPeriod();
    }

    List<AssignmentRow> assignments(Filter filter) {
        Optional<ReportingPeriod> period = period(filter.period());
        Map<Long, AssessmentEntry> byAssignment = period.map(reporting::assessments).orElse(List.of()).stream()
                .collect(Collectors.toMap(a -> a.assignment().getId(), Function.identity()));
        List<Assignment> all = assignments.assignments();
        Map<Long, Parties> parties = assignments.parties(all);
        return all.stream()
                .filter(a -> filter.goal() == null || a.getGoal().getNumber() == filter.goal())
                .filter(a -> filter.organisation() == null || parties.get(a.getId()).involves(filter.organisation()))
                .map(a -> new AssignmentRow(a, parties.get(a.getId()), byAssignment.get(a.getId())))
                .filter(row -> filter.status() == null || row.status() == filter.status())
                .toList();
    }
}
