package se.uppdragsstyrning.tasks;

import static org.awaitility.Awaitility.await;

import java.time.Instant;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

import se.uppdragsstyrning.assignment.AssignmentData;
import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.DecisionReference;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.reporting.AssessmentSource;
import se.uppdragsstyrning.reporting.AssignmentAssessment;
import se.uppdragsstyrning.reporting.AssignmentAssessmentRepository;
import se.uppdragsstyrning.reporting.BoardReportRepository;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodState;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportState;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingTestData;
import se.uppdragsstyrning.reporting.ReportingPeriodRepository;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * The register the inbox tests work on: two boards (SCN, AMN), two goals, three assignments, an open period
 * expecting three reports, an earlier assessment and board report, and people in every role that has tasks. Tasks arrive
 * through {@link TaskInbox#receive} as the gateway would deliver them.
 */
@TestComponent
class TaskFixtures {

    /** The process forms and the test forms. */
    static final String TEST_FORMS = "uppdrag.forms.location=classpath*:forms/**/*.form,classpath*:test-forms/*.form";
    static final String PASSWORD = "hemligt-lösen";
    static final String PERIOD = "2025-INTERIM_AUGUST";
    static final String FORM = "test-board-report";

    private final TaskInbox inbox;
    private final UserTaskRepository tasks;
    private final UserAccounts users;
    private final OrganisationService organisations;
    private final AssignmentService assignments;
    private final ReportingService reporting;
    private final ReportingPeriodRepository periods;
    private final AssignmentAssessmentRepository assessmentRepository;
    private final BoardReportRepository boardReports;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<FakeTaskEngine> engine;
    private final AtomicLong jobKeys = new AtomicLong(2251799813685249L);

    TaskFixtures(TaskInbox inbox, UserTaskRepository tasks, UserAccounts users, OrganisationService organisations,
            AssignmentService assignments, ReportingService reporting, ReportingPeriodRepository periods,
            AssignmentAssessmentRepository assessmentRepository, BoardReportRepository boardReports, JdbcTemplate jdbc,
            ObjectProvider<FakeTaskEngine> engine) {
        this.inbox = inbox;
        this.tasks = tasks;
        this.users = users;
        this.organisations = organisations;
        this.assignments = assignments;
        this.reporting = reporting;
        this.periods = periods;
        this.assessmentRepository = assessmentRepository;
        this.boardReports = boardReports;
        this.jdbc = jdbc;
        this.engine = engine;
    }

    /** An empty inbox over the register (created the first time). */
    void reset() {
        // what an earlier test set off after its commit (completions on their way to the engine) is done first
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from event_publication where completion_date is null", Long.class) == 0);
        jdbc.update("delete from user_task");
        engine.ifAvailable(FakeTaskEngine::reset);
        if (users.find("sekr-scn").isPresent()) {
            return;
        }
        Organisation scn = organisations.upsert("SCN", "Socialnämnden", OrganisationKind.BOARD);
        Organisation amn = organisations.upsert("AMN", "Arbetsmarknadsnämnden", OrganisationKind.BOARD);
        assignments.saveGoal(4, "Fokusmål 4. Uppsala ska bli tryggare med jämlika livsvillkor", List.of(), "TEST", "test");
        assignments.saveGoal(5, "Fokusmål 5. Uppsala ska ha en hållbar stadsutveckling", List.of(), "TEST", "test");
        var youth = assignments.saveAssignment(new AssignmentData("2025-34", 4, 34, AssignmentOrigin.BUDGET,
                "Minska antalet unga som dras in i kriminalitet", "Arbetet ska ske i samverkan.\n\nMed polisen.",
                false, List.of(scn, amn), List.of(), new DecisionReference("KSN-2024-00001", "KF",
                        java.time.LocalDate.of(2024, 6, 17), "§ 12", null)), "TEST", "test");
        assignments.saveAssignment(new AssignmentData("2025-35", 4, 35, AssignmentOrigin.BUDGET,
                "Öka tryggheten i stadsdelarna", null, false, List.of(scn), List.of(), null), "TEST", "test");
        assignments.saveAssignment(new AssignmentData("2025-50", 5, 50, AssignmentOrigin.BUDGET,
                "Bygga fler bostäder", null, false, List.of(amn), List.of(), null), "TEST", "test");
        if (reporting.period(PeriodId.parse(PERIOD)).isEmpty()) {
            ReportingPeriod august = new ReportingPeriod(PeriodId.parse(PERIOD), PeriodState.REPORTING, false, Instant.now());
            periods.save(ReportingTestData.opened(august, "samordnare", 3));
        }
        ReportingPeriod april = reporting.historicalPeriod(PeriodId.parse("2025-INTERIM_APRIL")).orElseThrow();
        if (reporting.assessment(youth, april).isEmpty()) {
            assessmentRepository.save(ReportingTestData.recorded(new AssignmentAssessment(youth, april, Instant.now()),
                    ReportStatus.YELLOW, "Arbetet har påbörjats men är försenat.", 2026, "Rapportering april 2025",
                    AssessmentSource.IMPORT, true));
            boardReports.save(ReportingTestData.boardReport(youth, amn, april, ReportStatus.GREEN_ON_TRACK,
                    "Feriejobb för unga har startat.", 2026, ReportState.SUBMITTED, "sekr-amn"));
        }
        user("sekr-scn", "Sara Sekreterare", "SCN", Role.SECRETARY);
        user("sekr-scn2", "Sven Sekreterare", "SCN", Role.SECRETARY);
        user("sekr-amn", "Amir Sekreterare", "AMN", Role.SECRETARY);
        user("samordnare", "Cecilia Samordnare", null, Role.COORDINATOR);
        user("ks", "Karin Kommunstyrelse", null, Role.KS_APPROVER);
        user("processagare", "Petra Processägare", null, Role.PROCESS_OWNER);
    }

    private void user(String username, String name, String organisation, Role role) {
        users.createIfMissing(username, PASSWORD, name, username + "@kommun.example", organisation, Set.of(role));
    }

    CurrentUser user(String username) {
        return users.loadUserByUsername(username);
    }

    /** A board report task of the organisation for the assignment, due in a week. */
    UserTask boardReport(String organisation, String assignmentRef) {
        return task(FORM, organisation, assignmentRef, OffsetDateTime.now(ZoneOffset.UTC).plusDays(7), Map.of());
    }

    UserTask task(String formId, String group, String assignmentRef, OffsetDateTime dueAt,
            Map<String, Object> extraVariables) {
        return receive(newTask(jobKeys.incrementAndGet(), formId, group, assignmentRef, dueAt, extraVariables));
    }

    /** Hands the task to the inbox as the gateway does; answers the row as stored. */
    UserTask receive(NewTask task) {
        return tasks.findById(inbox.receive(task).taskId()).orElseThrow();
    }

    NewTask newTask(long jobKey, String formId, String group, String assignmentRef, OffsetDateTime dueAt,
            Map<String, Object> extraVariables) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("periodId", PERIOD);
        if (assignmentRef != null) {
            variables.put("assignmentRef", assignmentRef);
        }
        if (!Set.of("COORDINATOR", "KS_APPROVER").contains(group)) {
            variables.put("organisationCode", group);
        }
        variables.putAll(extraVariables);
        return new NewTask(jobKey, jobKey + 1_000_000, "board-report", "assignment-lifecycle", formId, group, null,
                dueAt, variables, null);
    }

    /** The same task as {@code task} under another job, with its identity, as a restored instance hands it out. */
    NewTask withKey(NewTask task, long jobKey, String taskKey) {
        return new NewTask(jobKey, task.processInstanceKey(), task.elementId(), task.processId(), task.formId(),
                task.candidateGroup(), task.assignee(), task.dueAt(), task.variables(), taskKey);
    }

    long nextJobKey() {
        return jobKeys.incrementAndGet();
    }

    /** The inbox row as stored now. */
    Map<String, Object> row(long taskId) {
        return jdbc.queryForMap("select * from user_task where id = ?", taskId);
    }
}
