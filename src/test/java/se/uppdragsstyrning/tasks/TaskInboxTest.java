package se.uppdragsstyrning.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox as the workflow gateway uses it: idempotent delivery, cancellation, notices and progress. */
@TaskTest
class TaskInboxTest {

    @Autowired
    TaskInbox inbox;

    @Autowired
    TaskQueries queries;

    @Autowired
    TaskCommands commands;

    @Autowired
    TaskFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyInbox() {
        fixtures.reset();
    }

    @Test
    void theSameJobDeliveredTwiceIsOneTask() {
        long jobKey = fixtures.nextJobKey();
        OffsetDateTime due = OffsetDateTime.of(2025, 9, 15, 16, 0, 0, 0, ZoneOffset.ofHours(2));
        UserTask first = fixtures.receive(fixtures.newTask(jobKey, TaskFixtures.FORM, "SCN", "2025-34", due,
                Map.of("returnComment", "Komplettera bedömningen.")));
        UserTask again = fixtures.receive(fixtures.newTask(jobKey, TaskFixtures.FORM, "SCN", "2025-34", due.plusDays(3),
                Map.of()));

        assertThat(again.getId()).isEqualTo(first.getId());
        assertThat(count()).isEqualTo(1);
        Map<String, Object> row = fixtures.row(first.getId());
        assertThat(row).containsEntry("job_key", jobKey).containsEntry("form_id", TaskFixtures.FORM)
                .containsEntry("candidate_group", "SCN").containsEntry("organisation_code", "SCN")
                .containsEntry("period_id", TaskFixtures.PERIOD).containsEntry("assignment_ref", "2025-34")
                .containsEntry("return_comment", "Komplettera bedömningen.").containsEntry("state", "ACTIVE");
        assertThat(first.getDueAt()).isEqualTo(due.toInstant());
        assertThat((String) row.get("variables_json")).contains("\"assignmentRef\":\"2025-34\"");
    }

    @Test
    void aJobDeliveredTwiceAtTheSameMomentIsStillOneTask() throws Exception {
        long jobKey = fixtures.nextJobKey();
        NewTask task = fixtures.newTask(jobKey, TaskFixtures.FORM, "SCN", "2025-34", null, Map.of());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<UserTask>> deliveries = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                deliveries.add(pool.submit((Callable<UserTask>) () -> fixtures.receive(task)));
            }
            List<Long> ids = new ArrayList<>();
            for (Future<UserTask> delivery : deliveries) {
                ids.add(delivery.get().getId());
            }
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            pool.shutdown();
        }
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void centralTasksHaveNoOrganisation() {
        UserTask compilation = fixtures.task("compilation", "COORDINATOR", "2025-34", null,
                Map.of("organisationCode", "SCN"));
        UserTask approval = fixtures.task("ks-approval", "KS_APPROVER", null, null, Map.of());

        assertThat(compilation.getOrganisationCode()).isNull();
        assertThat(approval.getOrganisationCode()).isNull();
        assertThat(approval.getAssignmentRef()).isNull();
        assertThat(fixtures.boardReport("AMN", "2025-34").getOrganisationCode()).isEqualTo("AMN");
    }

    @Test
    void aTaskWithoutACandidateGroupIsRefused() {
        assertThatThrownBy(() -> new NewTask(1, 2, "e", "p", "f", " ", null, null, Map.of(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void remindersAndEscalationsAreRecordedOnceEach() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");

        inbox.notice(TaskFixtures.PERIOD, "2025-34", "SCN", NoticeKind.REMINDER);
        Object reminded = fixtures.row(task.getId()).get("reminded_at");
        inbox.notice(TaskFixtures.PERIOD, "2025-34", "SCN", NoticeKind.REMINDER);
        inbox.notice(TaskFixtures.PERIOD, "2025-34", "SCN", NoticeKind.ESCALATION);

        Map<String, Object> row = fixtures.row(task.getId());
        assertThat(reminded).isNotNull();
        assertThat(row.get("reminded_at")).isEqualTo(reminded);
        assertThat(row.get("escalated_at")).isNotNull();
    }

    @Test
    void remindersFoundByPeriodAssignmentAndOrganisationReachOnlyThatOpenTask() {
        UserTask scn = fixtures.boardReport("SCN", "2025-34");
        UserTask amn = fixtures.boardReport("AMN", "2025-34");
        UserTask otherAssignment = fixtures.boardReport("SCN", "2025-35");

        assertThat(inbox.notice(TaskFixtures.PERIOD, "2025-34", "SCN", NoticeKind.REMINDER)).isEqualTo(1);
        assertThat(inbox.notice("2026-ANNUAL", "2025-34", "SCN", NoticeKind.REMINDER)).isZero();

        assertThat(fixtures.row(scn.getId()).get("reminded_at")).isNotNull();
        assertThat(fixtures.row(amn.getId()).get("reminded_at")).isNull();
        assertThat(fixtures.row(otherAssignment.getId()).get("reminded_at")).isNull();
    }

    @Test
    void openTasksMoveWithTheResponsibilityAndLeaveTheirAssignee() {
        UserTask scn = fixtures.boardReport("SCN", "2025-34");
        UserTask otherAssignment = fixtures.boardReport("SCN", "2025-35");
        commands.claim(fixtures.user("sekr-scn"), scn.getId());

        assertThat(inbox.transfer("2025-34", "SCN", "AMN")).isEqualTo(1);
        assertThat(inbox.transfer("2025-34", "SCN", "AMN")).isZero();

        assertThat(fixtures.row(scn.getId())).containsEntry("candidate_group", "AMN")
                .containsEntry("organisation_code", "AMN").containsEntry("assignee", null);
        assertThat(fixtures.row(otherAssignment.getId())).containsEntry("candidate_group", "SCN");
        TaskFilter open = queries.filter("organisation", null, null, null, null);
        assertThat(queries.list(fixtures.user("sekr-amn"), open, 0).getContent()).extracting(TaskRow::id)
                .containsExactly(scn.getId());
    }

    @Test
    void progressCountsEachAssignmentAndOrganisationOnceAgainstWhatThePeriodExpects() throws Exception {
        UserTask scn = fixtures.boardReport("SCN", "2025-34");
        fixtures.boardReport("AMN", "2025-34");
        fixtures.task(TaskFixtures.FORM, "SCN", "2025-35", OffsetDateTime.now().minusDays(1), Map.of());
        fixtures.task("compilation", "COORDINATOR", "2025-34", null, Map.of());
        commands.complete(fixtures.user("sekr-scn"), scn.getId(), (form, readonly) ->
                se.uppdragsstyrning.tasks.form.EnteredValues.of(form, Map.of("status", "YELLOW",
                        "assessment", "Arbetet är försenat.", "estimatedEndYear", 2026)));
        // returned for rework: a new task for the same assignment and organisation
        fixtures.boardReport("SCN", "2025-34");

        assertThat(queries.progress(TaskFixtures.PERIOD)).isEqualTo(new TaskProgress(3, 3, 0, 3, 1));
        assertThat(queries.progress("2026-ANNUAL")).isEqualTo(new TaskProgress(0, 0, 0, 0, 0));
        assertThatThrownBy(() -> queries.progress("augusti")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Perioden ska skrivas som år-typ");
    }

    @Test
    void progressCountsCompletedReports() throws Exception {
        UserTask scn = fixtures.boardReport("SCN", "2025-34");
        fixtures.boardReport("AMN", "2025-34");
        commands.complete(fixtures.user("sekr-scn"), scn.getId(), (form, readonly) ->
                se.uppdragsstyrning.tasks.form.EnteredValues.of(form, Map.of("status", "GREEN_ON_TRACK",
                        "assessment", "Arbetet går enligt plan.", "estimatedEndYear", 2026)));

        assertThat(queries.progress(TaskFixtures.PERIOD)).isEqualTo(new TaskProgress(3, 2, 1, 1, 0));
    }

    @Test
    void aNewEngineRunThatHandsOutAnOldJobKeyAgainGetsANewTask() {
        UserTask old = fixtures.boardReport("SCN", "2025-34");
        jdbc.update("update user_task set engine_generation = 'embedded-earlier-run' where id = ?", old.getId());

        UserTask fresh = fixtures.receive(fixtures.newTask(old.getJobKey(), TaskFixtures.FORM, "AMN", "2025-50", null,
                Map.of()));

        assertThat(fresh.getId()).isNotEqualTo(old.getId());
        assertThat(fixtures.row(fresh.getId())).containsEntry("job_key", old.getJobKey())
                .containsEntry("candidate_group", "AMN");
        assertThat(fixtures.row(old.getId())).containsEntry("state", "CANCELLED").containsEntry("job_key", null);
    }

    @Test
    void anOpenTaskHandedOutAgainByARestoredInstanceKeepsItsRowAndDraft() {
        NewTask original = fixtures.withKey(fixtures.newTask(fixtures.nextJobKey(), TaskFixtures.FORM, "SCN",
                "2025-34", null, Map.of()), fixtures.nextJobKey(), "assignment-lifecycle/Task_BoardReport/x/r0");
        UserTask stored = fixtures.receive(original);
        jdbc.update("update user_task set draft_json = '{\"assessment\":\"Påbörjat\"}',"
                + " engine_generation = 'run-earlier' where id = ?", stored.getId());

        long newJob = fixtures.nextJobKey();
        ReceivedTask again = inbox.receive(fixtures.withKey(original, newJob, original.taskKey()));

        assertThat(again.kind()).isEqualTo(ReceivedTask.Kind.REBOUND);
        assertThat(again.taskId()).isEqualTo(stored.getId());
        assertThat(count()).isEqualTo(1);
        assertThat(fixtures.row(stored.getId())).containsEntry("job_key", newJob).containsEntry("state", "ACTIVE")
                .containsEntry("engine_generation", inbox.engineRun())
                .containsEntry("draft_json", "{\"assessment\":\"Påbörjat\"}");
    }

    @Test
    void aTaskCompletedHereAndHandedOutAgainIsAnsweredWithItsStoredValues() {
        NewTask original = fixtures.withKey(fixtures.newTask(fixtures.nextJobKey(), TaskFixtures.FORM, "SCN",
                "2025-34", null, Map.of()), fixtures.nextJobKey(), "assignment-lifecycle/Task_BoardReport/y/r0");
        UserTask stored = fixtures.receive(original);
        jdbc.update("update user_task set state = 'COMPLETED', result_json = '{\"status\":\"YELLOW\"}'"
                + " where id = ?", stored.getId());

        ReceivedTask again = inbox.receive(fixtures.withKey(original, fixtures.nextJobKey(), original.taskKey()));

        assertThat(again.kind()).isEqualTo(ReceivedTask.Kind.DONE_HERE);
        assertThat(again.isOpen()).isFalse();
        assertThat(again.result()).containsEntry("status", "YELLOW");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void anOpenTaskWhoseJobKeyANewRunReusesWaitsForItsOwnJob() {
        NewTask original = fixtures.withKey(fixtures.newTask(fixtures.nextJobKey(), TaskFixtures.FORM, "SCN",
                "2025-34", null, Map.of()), fixtures.nextJobKey(), "assignment-lifecycle/Task_BoardReport/z/r0");
        UserTask old = fixtures.receive(original);
        jdbc.update("update user_task set engine_generation = 'run-earlier' where id = ?", old.getId());

        UserTask other = fixtures.receive(fixtures.newTask(old.getJobKey(), TaskFixtures.FORM, "AMN", "2025-50", null,
                Map.of()));

        assertThat(other.getId()).isNotEqualTo(old.getId());
        assertThat(fixtures.row(old.getId())).containsEntry("state", "ACTIVE").containsEntry("job_key", null);
        assertThat(engineCompletionOf(old.getId())).isEmpty();
    }

    private java.util.Optional<TaskInbox.EngineCompletion> engineCompletionOf(long taskId) {
        return inbox.engineCompletion(taskId);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from user_task", Long.class);
    }
}
