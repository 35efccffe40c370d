package se.uppdragsstyrning.crash;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.assertj.core.api.SoftAssertions;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reporting cycle on the demo data as the people drive it through the JSON API: the coordinator opens
 * "Delårsuppföljning per augusti 2026", the secretaries report, the coordinator compiles, and the period waits
 * for kommunstyrelsen. With what the demo file says to expect, and the checks every crash test ends with.
 */
final class ReportingCycle {

    static final String PERIOD = "2026-INTERIM_AUGUST";
    static final String BOARD_REPORT_FORM = "board-report";
    /** Past every reminder (due in 20 days, reminders 5 days before) but before any due date. */
    static final Duration PAST_REMINDERS = Duration.ofDays(16);
    /**
     * How long nothing may move before a wait for a follow-up (compilations, kommunstyrelsen's task) gives up
     * early: longer than the job timeout the tests give the application's service tasks ({@code crash.appEnv}).
     */
    static final Duration QUIET = Duration.ofSeconds(75);

    final int expectedTasks;
    final int expectedCompilations;
    final List<String> organisations = new ArrayList<>();
    final Ledger ledger = new Ledger();
    private final CrashDatabase db;
    private final CrashReport report;

    ReportingCycle(CrashDatabase db, CrashReport report) throws IOException {
        this.db = db;
        this.report = report;
        JsonNode demo;
        try (InputStream file = getClass().getClassLoader()
                .getResourceAsStream("demo/uppsala-fokusmal4-2025-08.json")) {
            demo = Api.JSON.readTree(file);
        }
        demo.get("organisations").forEach(o -> organisations.add(o.get("code").asText()));
        int tasks = 0;
        int compilations = 0;
        for (JsonNode assignment : demo.get("assignments")) {
            String status = assignment.at("/report/status").asText();
            if (status.equals("GREEN_DONE") || status.equals("RED")) {
                continue; // closed by the approved 2025 report
            }
            int reporters = assignment.get("responsible").size() == 1
                    && assignment.get("responsible").get(0).asText().equals("ALL")
                    ? organisations.size() : assignment.get("responsible").size();
            tasks += reporters;
            compilations += reporters > 1 ? 1 : 0;
        }
        this.expectedTasks = tasks;
        this.expectedCompilations = compilations;
    }

    static String secretary(String organisationCode) {
        return "sekr-" + organisationCode.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a')
                .replace('ö', 'o');
    }

    /** The coordinator opens the period: 201, and it expects one task per assignment and organisation. */
    void open(Api api) throws IOException, InterruptedException {
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(20);
        Api.Reply reply = api.post("samordnare", "/api/periods", Map.of("year", 2026, "kind", "INTERIM_AUGUST",
                "reportDue", due.toString(), "compilationDue", due.plusDays(7).toString(),
                "ksDue", due.plusDays(14).toString(), "reminderDays", 5));
        if (reply.status() != 201) {
            throw new IllegalStateException("opening the period answered " + reply.status() + " " + reply.body());
        }
        report.note("period %s opened: %d tasks expected (demo file: %d), %d compilations expected", PERIOD,
                reply.json().at("/progress/expected").asInt(), expectedTasks, expectedCompilations);
    }

    /** Until the given number of distinct board-report tasks has reached the inbox; false if not in time. */
    boolean awaitTasks(int count, Duration patience) {
        return within(patience, Duration.ofMillis(250),
                () -> db.distinctTasks(CrashDatabase.BOARD_REPORT, PERIOD) >= count);
    }

    /** Until at least {@code count} board-report rows exist (to kill mid-opening), polled fast. */
    boolean awaitTaskRows(int count, Duration patience) {
        return within(patience, Duration.ofMillis(10),
                () -> db.userTaskRows(CrashDatabase.BOARD_REPORT, PERIOD) >= count);
    }

    /** Every open board-report task as the secretaries' lists show them, each checked to be hers. */
    List<Ledger.Task> openBoardTasks(Api api) throws IOException, InterruptedException {
        List<Ledger.Task> tasks = new ArrayList<>();
        for (String code : organisations) {
            for (JsonNode row : api.tasks(secretary(code), "organisation")) {
                if (BOARD_REPORT_FORM.equals(row.path("formId").asText()) && "ACTIVE".equals(row.path("state").asText())
                        && PERIOD.equals(row.path("periodId").asText())) {
                    if (!code.equals(row.path("organisationCode").asText())) {
                        throw new IllegalStateException(secretary(code) + " sees another organisation's task " + row);
                    }
                    tasks.add(new Ledger.Task(row.get("id").asLong(), row.get("assignmentRef").asText(), code));
                }
            }
        }
        tasks.sort((a, b) -> Long.compare(a.id(), b.id()));
        return tasks;
    }

    /** Submits every task's report, {@code threads} at a time, through the instances in turn. */
    void submitAll(List<Api> apis, List<Ledger.Task> tasks, String phase, int threads) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Ledger.Attempt>> results = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                Api api = apis.get(i % apis.size());
                Ledger.Task task = tasks.get(i);
                results.add(pool.submit(() -> ledger.submit(api, task, phase)));
            }
            pool.shutdown();
            if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("submissions (" + phase + ") did not finish within 5 minutes");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Until the counts have not changed for three seconds (at most a minute), and returns them. */
    CrashDatabase.Counts settle() {
        AtomicReference<CrashDatabase.Counts> last = new AtomicReference<>();
        AtomicLong since = new AtomicLong(System.nanoTime());
        within(Duration.ofMinutes(1), Duration.ofMillis(500), () -> {
            CrashDatabase.Counts now = db.counts(PERIOD);
            if (!now.equals(last.get())) {
                last.set(now);
                since.set(System.nanoTime());
            }
            return System.nanoTime() - since.get() >= 3_000_000_000L;
        });
        return last.get();
    }

    /**
     * Moves the engine's clock past the reminders: every open board-report task must then get its reminder
     * (bounded wait); returns whether all did.
     */
    boolean remind(EngineProcess engine) throws IOException, InterruptedException, SQLException {
        int before = db.notices("REMINDER");
        engine.advanceClock(PAST_REMINDERS);
        boolean all = until(Duration.ofSeconds(90), Duration.ofSeconds(15),
                () -> db.activeBoardTasksWithoutReminder(PERIOD) == 0, () -> db.notices("REMINDER"));
        engine.idle(Duration.ofSeconds(30));
        settle();
        report.note("engine clock +%s: reminders %d -> %d; open board-report tasks without a reminder: %d",
                PAST_REMINDERS, before, db.notices("REMINDER"), db.activeBoardTasksWithoutReminder(PERIOD));
        return all;
    }

    /**
     * The coordinator completes every compilation once all have appeared (bounded); returns how many answered
     * 200.
     */
    int compile(Api api) throws IOException, InterruptedException {
        boolean appeared = until(CrashSettings.cycleWait(), QUIET,
                () -> db.activeTasks(CrashDatabase.COMPILATION, PERIOD) >= expectedCompilations,
                () -> db.counts(PERIOD));
        int ok = 0;
        int refused = 0;
        for (JsonNode row : api.tasks("samordnare", "organisation")) {
            if (!"compilation".equals(row.path("formId").asText()) || !"ACTIVE".equals(row.path("state").asText())) {
                continue;
            }
            JsonNode detail = api.json("samordnare", "/api/tasks/" + row.get("id").asLong());
            String status = detail.at("/values/combinedStatus").asText("GREEN_ON_TRACK");
            Map<String, Object> values = status.equals("RED")
                    ? Map.of("combinedStatus", status, "combinedAssessment", "Sammanvägd bedömning av rapporterna.")
                    : Map.of("combinedStatus", status, "combinedAssessment", "Sammanvägd bedömning av rapporterna.",
                            "combinedEndYear", 2027);
            Api.Reply reply = api.post("samordnare", "/api/tasks/" + row.get("id").asLong() + "/complete", values);
            if (reply.status() == 200) {
                ok++;
            } else {
                refused++;
                report.note("compilation %d refused: %d %s", row.get("id").asLong(), reply.status(), reply.problem());
            }
        }
        report.note("compilations: %s within %s; %d completed, %d refused (expected %d)",
                appeared ? "all appeared" : "NOT all appeared", CrashSettings.cycleWait(), ok, refused,
                expectedCompilations);
        return ok;
    }

    /** Until the period waits for kommunstyrelsen and its task is in kommunstyrelsen's list (bounded). */
    boolean awaitKsApproval(Api api) {
        boolean reached = until(CrashSettings.cycleWait(), QUIET,
                () -> "KS_APPROVAL".equals(api.json("samordnare", "/api/periods/" + PERIOD).get("state").asText())
                        && api.tasks("ks", "organisation").size() == 1, () -> db.counts(PERIOD));
        report.note("period at kommunstyrelsen's approval with its task in the list: %s", reached ? "yes" : "NO");
        return reached;
    }

    /** What every crash test must end with. */
    void verifyEnd(SoftAssertions soft, CrashDatabase.Counts end) throws SQLException {
        soft.assertThat(end.boardTasksDistinct()).as("every board-report task arrived (distinct tasks)")
                .isEqualTo(expectedTasks);
        soft.assertThat(end.boardTaskDuplicates()).as("duplicate board-report task rows").isZero();
        soft.assertThat(end.boardTasksActive()).as("board-report tasks left open").isZero();
        soft.assertThat(end.reportsSubmitted()).as("board reports submitted").isEqualTo(expectedTasks);
        soft.assertThat(end.reportDuplicates()).as("duplicate board-report rows").isZero();
        soft.assertThat(end.tasksWithoutReport()).as("board-report tasks without their board-report row").isZero();
        soft.assertThat(ledger.problems(db.boardReports(PERIOD)))
                .as("every report answered 200 kept exactly once and as sent, every task accepted once").isEmpty();
        soft.assertThat(end.compilationsDistinct()).as("compilation tasks (distinct)").isEqualTo(expectedCompilations);
        soft.assertThat(end.compilationsCompleted()).as("compilations completed").isEqualTo(expectedCompilations);
        soft.assertThat(end.compilationDuplicates()).as("duplicate compilation task rows").isZero();
        soft.assertThat(end.duplicateNotices()).as("notices with the same dedupe key and recipient").isZero();
        soft.assertThat(end.remindedTwice()).as("people reminded twice of the same task").isZero();
        soft.assertThat(end.remindersWithoutTask()).as("reminders for tasks not in the inbox").isZero();
        soft.assertThat(end.remindersAfterSubmission()).as("reminders for reports already submitted").isZero();
        soft.assertThat(end.assessments()).as("assignments with their combined assessment (of participants)")
                .isEqualTo(end.participants());
        soft.assertThat(end.periodState()).as("period state").isEqualTo("KS_APPROVAL");
        soft.assertThat(end.ksTaskRows()).as("kommunstyrelsen's tasks").isEqualTo(1);
        soft.assertThat(end.ksTasksActive()).as("kommunstyrelsen's open tasks").isEqualTo(1);
    }

    interface Check {
        boolean holds() throws Exception;
    }

    interface Progress {
        Object now() throws Exception;
    }

    /**
     * Like {@link #within}, but gives up early once nothing has moved for {@code quiet} (the progress value
     * unchanged): a follow-up that has not come by then is not coming (the bound stays {@code patience}).
     */
    static boolean until(Duration patience, Duration quiet, Check check, Progress progress) {
        AtomicReference<Object> last = new AtomicReference<>();
        AtomicLong since = new AtomicLong(System.nanoTime());
        AtomicReference<Boolean> held = new AtomicReference<>(false);
        within(patience, Duration.ofSeconds(1), () -> {
            if (check.holds()) {
                held.set(true);
                return true;
            }
            Object now = progress.now();
            if (!now.equals(last.get())) {
                last.set(now);
                since.set(System.nanoTime());
            }
            return System.nanoTime() - since.get() >= quiet.toNanos();
        });
        return held.get();
    }

    /** Polls the check until it holds; false (not an exception) when the patience runs out. */
    static boolean within(Duration patience, Duration poll, Check check) {
        try {
            Awaitility.await().atMost(patience).pollDelay(Duration.ZERO).pollInterval(poll).ignoreExceptions()
                    .until(check::holds);
            return true;
        } catch (ConditionTimeoutException e) {
            return false;
        }
    }
}
