package se.uppdragsstyrning.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.tasks.form.EnteredValues;

/** Drafts and completion through the service: checks, the engine, the stored result and the event. */
@TaskTest
@RecordApplicationEvents
class TaskCompletionTest {

    static final Map<String, Object> VALID = Map.of("status", "YELLOW", "assessment", "Arbetet är försenat.",
            "estimatedEndYear", "2027", "comment", "Ny tidplan tas fram.");

    @Autowired
    TaskPages pages;

    @Autowired
    TaskCommands commands;

    @Autowired
    TaskFixtures fixtures;

    @Autowired
    FakeTaskEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    IncompleteEventPublications outstanding;

    CurrentUser sara;

    @BeforeEach
    void emptyInbox() {
        fixtures.reset();
        sara = fixtures.user("sekr-scn");
    }

    @Test
    void completingSendsTheConvertedValuesToTheEngineStoresThemAndTellsTheOtherModules() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");

        commands.complete(sara, task.getId(), json(VALID));

        Map<String, Object> expected = Map.of("status", "YELLOW", "assessment", "Arbetet är försenat.",
                "estimatedEndYear", 2027, "comment", "Ny tidplan tas fram.");
        await().untilAsserted(() ->
                assertThat(engine.completed).containsExactly(Map.entry(task.getJobKey(), expected)));
        Map<String, Object> row = fixtures.row(task.getId());
        assertThat(row).containsEntry("state", "COMPLETED").containsEntry("completed_by", "sekr-scn")
                .containsEntry("assignee", "sekr-scn");
        assertThat(row.get("completed_at")).isNotNull();
        assertThat((String) row.get("result_json")).contains("\"estimatedEndYear\":2027");
        assertThat(events.stream(TaskCompleted.class)).containsExactly(new TaskCompleted(task.getId(),
                TaskFixtures.FORM, expected, "sekr-scn", "SCN", TaskFixtures.PERIOD, "2025-34"));
    }

    @Test
    void anInvalidSubmissionListsEveryProblemAndChangesNothing() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");

        assertThatThrownBy(() -> commands.complete(sara, task.getId(), json(Map.of("assessment", "Kort",
                "estimatedEndYear", "2026,5"))))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> {
                    assertThat(e.problems()).extracting(Problem::path)
                            .containsExactly("status", "assessment", "estimatedEndYear");
                    assertThat(e.entered().first("estimatedEndYear")).isEqualTo("2026,5");
                });
        assertThat(engine.calls).hasValue(0);
        assertThat(fixtures.row(task.getId())).containsEntry("state", "ACTIVE").containsEntry("assignee", null);
        assertThat(events.stream(TaskCompleted.class)).isEmpty();
    }

    @Test
    void aDraftKeepsIncompleteValuesTakesTheTaskAndCompletesNothing() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");

        commands.saveDraft(sara, task.getId(), json(Map.of("assessment", "Halvfärdig text", "estimatedEndYear", "tjugosju")));

        assertThat(engine.calls).hasValue(0);
        assertThat(fixtures.row(task.getId())).containsEntry("state", "ACTIVE").containsEntry("assignee", "sekr-scn");
        TaskDetail detail = pages.open(sara, task.getId());
        assertThat(detail.values()).containsEntry("assessment", "Halvfärdig text").containsEntry("estimatedEndYear", "tjugosju")
                .containsEntry("organisationCode", "SCN").doesNotContainKey("status");
        assertThat(detail.formView().value("estimatedEndYear")).isEqualTo("tjugosju");
    }

    @Test
    void aCompletedTaskShowsItsStoredValuesReadOnly() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        commands.saveDraft(sara, task.getId(), json(Map.of("assessment", "Utkast")));
        commands.complete(sara, task.getId(), json(VALID));

        TaskDetail detail = pages.open(sara, task.getId());

        assertThat(detail.formView().isReadonly()).isTrue();
        assertThat(detail.mayWork()).isFalse();
        assertThat(detail.values()).containsEntry("assessment", "Arbetet är försenat.").containsEntry("estimatedEndYear", 2027);
        assertThat(detail.formView().display(detail.form().inputs().get(1))).isEqualTo("Gul – försenat/inte påbörjat");
        assertThat(fixtures.row(task.getId())).containsEntry("draft_json", null);
    }

    @Test
    void aCompletionTheEngineAlreadyHasIsRecognisedAndTheReportKept() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        engine.gone.add(task.getJobKey());

        commands.complete(sara, task.getId(), json(VALID));

        await().untilAsserted(() -> assertThat(outstandingEvents()).isZero());
        assertThat(engine.calls).hasValue(1);
        assertThat(fixtures.row(task.getId())).containsEntry("state", "COMPLETED");
        assertThat(events.stream(TaskCompleted.class)).hasSize(1);
    }

    @Test
    void aCompletionTheEngineDidNotTakeAfterTheCommitIsDeliveredAgainUntilItDoes() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        engine.completionFailure = new IllegalStateException("DEADLINE_EXCEEDED");

        commands.complete(sara, task.getId(), json(VALID));

        assertThat(fixtures.row(task.getId())).containsEntry("state", "COMPLETED");
        await().untilAsserted(() -> assertThat(engine.calls).hasValue(1));
        await().untilAsserted(() -> assertThat(outstandingEvents()).isOne());
        assertThat(engine.completed).isEmpty();

        engine.completionFailure = null;
        outstanding.resubmitIncompletePublications(publication -> true);

        await().untilAsserted(() -> assertThat(engine.completed).containsKey(task.getJobKey()));
        await().untilAsserted(() -> assertThat(outstandingEvents()).isZero());
        assertThat(events.stream(TaskCompleted.class)).hasSize(1);
    }

    @Test
    void aSecondSubmissionIsRefusedAndTheEngineIsAskedOnce() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        commands.complete(sara, task.getId(), json(VALID));

        assertThatThrownBy(() -> commands.complete(sara, task.getId(), json(VALID)))
                .isInstanceOf(TaskConflictException.class)
                .hasMessage("Uppgiften är redan slutförd eller har avbrutits, så den kan inte ändras.");
        assertThatThrownBy(() -> commands.saveDraft(sara, task.getId(), json(VALID)))
                .isInstanceOf(TaskConflictException.class);
        await().untilAsserted(() -> assertThat(outstandingEvents()).isZero());
        assertThat(engine.calls).hasValue(1);
        assertThat(fixtures.row(task.getId())).containsEntry("state", "COMPLETED");
        assertThat(events.stream(TaskCompleted.class)).hasSize(1);
    }

    @Test
    void twentySubmissionsAtTheSameMomentCompleteTheTaskOnce() throws Exception {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> submissions = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                submissions.add(pool.submit(() -> {
                    start.await();
                    try {
                        commands.complete(sara, task.getId(), json(VALID));
                        return "completed";
                    } catch (TaskConflictException e) {
                        return e.getMessage();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> submission : submissions) {
                outcomes.add(submission.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce("completed");
            assertThat(outcomes).filteredOn(outcome -> !"completed".equals(outcome)).hasSize(19)
                    .containsOnly("Uppgiften är redan slutförd eller har avbrutits, så den kan inte ändras.");
        } finally {
            pool.shutdown();
        }
        await().untilAsserted(() -> assertThat(outstandingEvents()).isZero());
        assertThat(engine.calls).hasValue(1);
        assertThat(events.stream(TaskCompleted.class)).hasSize(1);
    }

    @Test
    void whenTheEngineCannotBeReachedTheValuesAreKeptAsADraft() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        engine.failure = new IllegalStateException("UNAVAILABLE: io exception");

        assertThatThrownBy(() -> commands.complete(sara, task.getId(), json(VALID)))
                .isInstanceOfSatisfying(TaskConflictException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.getMessage()).startsWith("Processmotorn kunde inte ta emot uppgiften just nu.");
                });
        assertThat(fixtures.row(task.getId())).containsEntry("state", "ACTIVE");
        assertThat(pages.open(sara, task.getId()).values()).containsEntry("estimatedEndYear", 2027);

        engine.failure = null;
        commands.complete(sara, task.getId(), json(VALID));
        assertThat(fixtures.row(task.getId())).containsEntry("state", "COMPLETED");
    }

    @Test
    void aTaskOfAnEarlierEngineRunIsKeptButNeverSentToTheEngineUnderItsOldKey() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        jdbc.update("update user_task set engine_generation = 'embedded-earlier-run' where id = ?", task.getId());

        commands.complete(sara, task.getId(), json(VALID));

        await().untilAsserted(() -> assertThat(outstandingEvents()).isZero());
        assertThat(engine.calls).hasValue(0);
        assertThat(fixtures.row(task.getId())).containsEntry("state", "COMPLETED");
    }

    @Test
    void someoneElsesTaskCannotBeDraftedOrCompletedUntilItIsGivenOver() {
        UserTask task = fixtures.boardReport("SCN", "2025-34");
        CurrentUser sven = fixtures.user("sekr-scn2");
        commands.claim(sven, task.getId());

        assertThatThrownBy(() -> commands.complete(sara, task.getId(), json(VALID)))
                .hasMessage("Uppgiften är tilldelad Sven Sekreterare. Be att få den tilldelad till dig först.");
        assertThatThrownBy(() -> commands.saveDraft(sara, task.getId(), json(VALID)))
                .isInstanceOf(TaskConflictException.class);
        assertThat(pages.open(sara, task.getId()).mayWork()).isFalse();

        commands.assign(sven, task.getId(), "sekr-scn");
        commands.complete(sara, task.getId(), json(VALID));
        await().untilAsserted(() -> assertThat(engine.calls).hasValue(1));
    }

    @Test
    void aTaskWhoseFormIsMissingCannotBeCompletedButItsPageOpens() {
        UserTask task = fixtures.task("no-such-form", "SCN", "2025-34", null, Map.of());

        TaskDetail detail = pages.open(sara, task.getId());
        assertThat(detail.formMissing()).isTrue();
        assertThat(detail.mayWork()).isFalse();
        assertThatThrownBy(() -> commands.complete(sara, task.getId(), json(VALID)))
                .hasMessageContaining("Formuläret no-such-form finns inte i programmet");
        assertThat(engine.calls).hasValue(0);
    }

    @Test
    void aTaskWithoutAFormIsCompletedWithoutValues() {
        UserTask task = fixtures.task(null, "COORDINATOR", "2025-34", null, Map.of());

        commands.complete(fixtures.user("samordnare"), task.getId(), json(Map.of("ignored", "x")));

        await().untilAsserted(() ->
                assertThat(engine.completed).containsExactly(Map.entry(task.getJobKey(), Map.of())));
    }

    private long outstandingEvents() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Long.class);
    }

    static Submission json(Map<String, Object> values) {
        return (form, readonlyValues) -> EnteredValues.of(form, values);
    }
}
