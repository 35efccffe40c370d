package se.uppdragsstyrning.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.AssignmentState;
import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.assignment.RegisterHistory;
import se.uppdragsstyrning.interchange.ImportPlan.AssignmentEntry;
import se.uppdragsstyrning.interchange.ImportPlan.GoalEntry;
import se.uppdragsstyrning.interchange.ImportPlan.OrganisationEntry;
import se.uppdragsstyrning.interchange.ImportPlan.ReportEntry;
import se.uppdragsstyrning.interchange.ImportPlan.SummaryEntry;
import se.uppdragsstyrning.interchange.ImportResult.Tally;
import se.uppdragsstyrning.interchange.InterchangeValidator.Validation;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.reporting.AssignmentAssessment;
import se.uppdragsstyrning.reporting.GoalPeriodText;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingService;

/**
 * Reads an interchange file into the register, all or nothing: the whole file is checked first, and only a file
 * without problems is written, in one transaction, through the register's and reporting's own services (so that
 * every changed text is kept in the register history). Entries are matched by their keys (organisation code,
 * goal number, assignment ref, assignment and period), so reading the same file again changes nothing.
 * Reports are stored as approved assessments of a historical period.
 */
@Service
public class InterchangeImport {

    /** How imports are named in the register history. */
    public static final String SOURCE = "IMPORT";
    static final String ORGANISATION = "ORGANISATION";
    static final String ASSESSMENT = "ASSESSMENT";
    static final String GOAL_TEXT = "GOAL_TEXT";

    private enum Change {
        CREATED, UPDATED, UNCHANGED
    }

    private final InterchangeValidator validator;
    private final ProblemMessages messages;
    private final OrganisationService organisations;
    private final AssignmentService register;
    private final ReportingService reporting;
    private final RegisterHistory history;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final int maxBytes;

    InterchangeImport(InterchangeValidator validator, ProblemMessages messages, OrganisationService organisations,
            AssignmentService register, ReportingService reporting, RegisterHistory history,
            PlatformTransactionManager transactions, ImportProperties settings, ApplicationEventPublisher events) {
        this.validator = validator;
        this.messages = messages;
        this.organisations = organisations;
        this.register = register;
        this.reporting = reporting;
        this.history = history;
        this.transaction = new TransactionTemplate(transactions);
        this.events = events;
        this.maxBytes = settings.maxBytes();
    }

    /** The largest file accepted, in bytes ({@code uppdrag.import.max-bytes}). */
    public int maxBytes() {
        return maxBytes;
    }

    /** The problem of a file over the size limit. */
    public Problem tooLarge() {
        return messages.at("$", "tooLarge", String.format(Locale.forLanguageTag("sv-SE"), "%,d", maxBytes));
    }

    /** Reads the file (at most {@link #maxBytes()} bytes) and imports it unless it has problems. */
    public ImportOutcome importFile(InputStream file, String user) throws IOException {
        byte[] content = file.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            return ImportOutcome.tooLarge(tooLarge());
        }
        return transaction.execute(status -> {
            Validation validation = validator.validate(content);
            if (!validation.problems().isEmpty()) {
                status.setRollbackOnly();
                return ImportOutcome.rejected(validation.problems());
            }
            return ImportOutcome.accepted(write(validation.plan(), user));
        });
    }

    private ImportResult write(ImportPlan plan, String user) {
        Counts organisationCounts = new Counts();
        Counts goalCounts = new Counts();
        Counts assignmentCounts = new Counts();
        Counts assessmentCounts = new Counts();
        Counts goalTextCounts = new Counts();
        LocalDate fileDate = plan.period().lastDay();
        plan.organisations().forEach(entry -> organisationCounts.add(saveOrganisation(entry, fileDate, user)));
        plan.goals().forEach(entry -> goalCounts.add(saveGoal(entry, user)));
        ReportingPeriod period = reporting.historicalPeriod(plan.period())
                .orElseThrow(() -> new IllegalStateException("Period " + plan.period() + " is run in this system"));
        Integer lastYear = lastYearOfAnOlderFile(plan.period().year());
        for (AssignmentEntry entry : plan.assignments()) {
            boolean isNew = register.assignment(entry.ref()).isEmpty();
            long changesBefore = history.count(AssignmentService.ASSIGNMENT, entry.ref());
            Assignment assignment = register.saveAssignment(entry.data(entry.ref(),
                    isNew ? plan.period().year() : null, organisations), lastYear, SOURCE, user);
            assignmentCounts.add(isNew ? Change.CREATED
                    : changed(history.count(AssignmentService.ASSIGNMENT, entry.ref()) > changesBefore));
            if (entry.report() != null) {
                assessmentCounts.add(saveAssessment(assignment, period, entry.report(), user));
                closeIfFinished(assignment, period, entry.report(), user);
            }
        }
        if (plan.summary() != null) {
            goalTextCounts.add(saveSummary(plan.summary(), period, user));
        }
        events.publishEvent(new FollowUpImported(plan.period()));
        Map<String, Tally> details = new LinkedHashMap<>();
        details.put("organisations", organisationCounts.tally());
        details.put("goals", goalCounts.tally());
        details.put("assignments", assignmentCounts.tally());
        details.put("assessments", assessmentCounts.tally());
        details.put("goalTexts", goalTextCounts.tally());
        return ImportResult.of(details);
    }

    /**
     * An organisation's name as of the file's date: a file older than the name the organisation has today records
     * the name it had then and leaves today's name (and kind) as they are.
     */
    private Change saveOrganisation(OrganisationEntry entry, LocalDate fileDate, String user) {
        Optional<Organisation> existing = organisations.findByCode(entry.code());
        if (existing.isPresent()) {
            boolean older = organisations.names(entry.code()).stream().reduce((a, b) -> b)
                    .map(current -> fileDate.isBefore(current.validFrom())).orElse(false);
            String nameThen = organisations.nameOn(entry.code(), fileDate).orElse(existing.get().getName());
            if (!new Changes(ORGANISATION, entry.code(), user)
                    .field("name", nameThen, entry.name())
                    .field("kind", existing.get().getKind(), older ? existing.get().getKind() : entry.kind())
                    .any()) {
                return Change.UNCHANGED;
            }
        }
        organisations.upsert(entry.code(), entry.name(), entry.kind(), fileDate);
        return existing.isPresent() ? Change.UPDATED : Change.CREATED;
    }

    private Change saveGoal(GoalEntry entry, String user) {
        boolean isNew = register.goal(entry.number()).isEmpty();
        String ref = String.valueOf(entry.number());
        long changesBefore = history.count(AssignmentService.GOAL, ref);
        register.saveGoal(entry.number(), entry.title(), entry.sections(), SOURCE, user);
        return isNew ? Change.CREATED : changed(history.count(AssignmentService.GOAL, ref) > changesBefore);
    }

    /**
     * An older year's follow-up read after a newer one (a later period or budget year is known): the assignments
     * it brings into the register are active up to the year before the newest one known, so they never report in
     * later periods (those still running then are in the newer follow-up, under their own refs). Null for a file
     * of the newest year.
     */
    private Integer lastYearOfAnOlderFile(int fileYear) {
        int newest = reporting.periods().stream().mapToInt(ReportingPeriod::getYear).max().orElse(fileYear);
        newest = Math.max(newest, register.budgetYears().stream()
                .mapToInt(se.uppdragsstyrning.assignment.BudgetYear::getYear).max().orElse(fileYear));
        return newest > fileYear ? newest - 1 : null;
    }

    /**
     * The register's data for an entry: the budget year as the file gives it, else {@code defaultBudgetYear}
     * (the file's year for a new assignment; null keeps an existing one's).
     */
    /** The assessment of the assignment in the period; a changed one keeps its earlier values in the history. */
    private Change saveAssessment(Assignment assignment, ReportingPeriod period, ReportEntry report, String user) {
        String reportedAs = report.reportedAs() != null ? report.reportedAs()
                : period.getKind().reportedAs(period.getYear());
        Optional<AssignmentAssessment> existing = reporting.assessment(assignment, period);
        if (existing.isPresent() && !new Changes(ASSESSMENT, assignment.getRef() + "@" + period.periodId(), user)
                .field("status", existing.get().getStatus(), report.status())
                .field("assessment", existing.get().getAssessment(), report.assessment())
                .field("estimatedEndYear", existing.get().getEstimatedEndYear(), report.estimatedEndYear())
                .field("reportedAs", existing.get().getReportedAs(), reportedAs)
                .any()) {
            return Change.UNCHANGED;
        }
        reporting.recordHistoricalAssessment(assignment, period, report.status(), report.assessment(),
                report.estimatedEndYear(), reportedAs);
        return existing.isPresent() ? Change.UPDATED : Change.CREATED;
    }

    /**
     * An approved "Grön slutfört" or "Röd" in the assignment's latest period closes it, as kommunstyrelsen's
     * approval would have: it leaves the next period's task list.
     */
    private void closeIfFinished(Assignment assignment, ReportingPeriod period, ReportEntry report, String user) {
        boolean latest = reporting.assessments(assignment).stream().findFirst()
                .map(a -> a.period().equals(period.periodId())).orElse(false);
        if (!latest) {
            return;
        }
        if (report.status() == ReportStatus.GREEN_DONE) {
            register.close(assignment.getRef(), AssignmentState.CLOSED_DONE, null, user);
        } else if (report.status() == ReportStatus.RED) {
            register.close(assignment.getRef(), AssignmentState.CLOSED_NOT_CARRIED_OUT, report.assessment(), user);
        }
    }

    private Change saveSummary(SummaryEntry summary, ReportingPeriod period, String user) {
        Goal goal = register.goal(summary.goal()).orElseThrow();
        Optional<GoalPeriodText> existing = reporting.goalText(goal, period);
        if (existing.isPresent() && !new Changes(GOAL_TEXT, goal.getNumber() + "@" + period.periodId(), user)
                .field("goalStatus", existing.get().getGoalStatus(), summary.goalStatus())
                .field("goalStatusText", existing.get().getGoalStatusText(), summary.goalStatusText())
                .field("forecastText", existing.get().getForecastText(), summary.forecastText())
                .field("claimed", existing.get().getClaimedJson(), summary.claimedJson())
                .any()) {
            return Change.UNCHANGED;
        }
        reporting.recordGoalText(goal, period, summary.goalStatus(), summary.goalStatusText(),
                summary.forecastText(), summary.claimedJson());
        return existing.isPresent() ? Change.UPDATED : Change.CREATED;
    }

    private static Change changed(boolean changed) {
        return changed ? Change.UPDATED : Change.UNCHANGED;
    }

    /** The changed fields of one entry, each recorded in the register history. */
    private final class Changes {
        private final String entityType;
        private final String ref;
        private final String user;
        private boolean any;

        Changes(String entityType, String ref, String user) {
            this.entityType = entityType;
            this.ref = ref;
            this.user = user;
        }

        Changes field(String field, Object before, Object after) {
            any |= history.record(entityType, ref, field, before, after, SOURCE, user);
            return this;
        }

        boolean any() {
            return any;
        }
    }

    private static final class Counts {
        private int created;
        private int updated;
        private int unchanged;

        void add(Change change) {
            switch (change) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }

        Tally tally() {
            return new Tally(created, updated, unchanged);
        }
    }
}
