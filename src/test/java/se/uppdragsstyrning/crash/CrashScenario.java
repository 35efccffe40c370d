package se.uppdragsstyrning.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.SoftAssertions;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/**
 * What every crash test has: a fresh PostgreSQL schema, a working directory for logs under
 * {@code target/crash/<scenario>/}, the child processes (killed by PID when the test ends, whatever happened),
 * the reporting cycle with its ledger, and the block of counts printed at the end.
 */
abstract class CrashScenario {

    protected ChildProcesses children;
    protected CrashDatabase db;
    protected CrashReport report;
    protected ReportingCycle cycle;
    protected Path directory;
    private final List<AppProcess> apps = new ArrayList<>();
    private long started;

    /** Short name of the scenario: schema and log directory. */
    protected abstract String scenario();

    /** The block's title. */
    protected abstract String title();

    @BeforeEach
    void prepare(TestInfo test) throws Exception {
        started = System.nanoTime();
        children = new ChildProcesses();
        directory = CrashSettings.workDirectory(scenario());
        try (var old = java.nio.file.Files.list(directory)) {
            for (Path file : old.toList()) {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
        db = CrashDatabase.fresh(scenario());
        report = new CrashReport(title());
        cycle = new ReportingCycle(db, report);
        System.out.printf("%n[crash] ===== %s (%s) =====%n", title(), test.getDisplayName());
    }

    @AfterEach
    void cleanUp() throws SQLException {
        try {
            for (AppProcess app : apps) {
                report.note("%s (port %d, log %s): %s", app.name, app.port, CrashSettings.root().relativize(app.log),
                        app.errorSummary());
            }
            cycle.ledger.summary().lines().forEach(line -> report.note("%s", line.strip()));
            report.note("run time: %d s", (System.nanoTime() - started) / 1_000_000_000);
            report.print();
        } finally {
            children.close();
            db.close();
        }
    }

    protected EngineProcess engine(String name, int grpcPort, int controlPort)
            throws IOException, InterruptedException {
        return EngineProcess.start(children, directory, name, grpcPort, controlPort);
    }

    protected EngineProcess engine(String name) throws IOException, InterruptedException {
        return engine(name, freePort(), freePort());
    }

    /** An application instance; the first of the test loads the demo, the others start on its data. */
    protected AppProcess app(String name, EngineProcess engine) throws IOException {
        AppProcess app = AppProcess.start(children, directory, name, db, engine, freePort(), apps.isEmpty());
        apps.add(app);
        return app;
    }

    /** How many tasks have arrived when an instance is killed mid-opening. */
    static final int KILL_AT = 10;

    /** Whether the kill came while the period was opening, and the counts it left. */
    record OpeningKill(boolean midOpening, CrashDatabase.Counts atKill) {
    }

    /** The coordinator opens the period through the instance, which is killed (SIGKILL) as tasks arrive. */
    protected OpeningKill openAndKillWhileOpening(AppProcess app) throws Exception {
        cycle.open(app.api);
        boolean arriving = cycle.awaitTaskRows(KILL_AT, Duration.ofMinutes(2));
        snapshot("before kill");
        app.kill();
        CrashDatabase.Counts atKill = snapshot("at the kill");
        return new OpeningKill(arriving && atKill.boardTaskRows() < cycle.expectedTasks, atKill);
    }

    /** Once every task is there: all reports, all compilations, and the period at kommunstyrelsen's approval. */
    protected void reportToKommunstyrelsen(boolean allArrived, List<Api> submitters, Api api) throws Exception {
        if (!allArrived) {
            report.note("not every task arrived: the period cannot be reported to the end");
            return;
        }
        List<Ledger.Task> tasks = cycle.openBoardTasks(api);
        report.note("the secretaries' lists hold %d open tasks", tasks.size());
        cycle.submitAll(submitters, tasks, "1 after the kill", 8);
        cycle.compile(api);
        cycle.awaitKsApproval(api);
    }

    /** The checks of a kill mid-opening, then those every crash test ends with. */
    protected void verifyOpening(OpeningKill kill, boolean allArrived, boolean reminded, CrashDatabase.Counts end)
            throws SQLException {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(kill.midOpening()).as("the kill came while tasks were still arriving (%d of %d at the kill)",
                kill.atKill().boardTaskRows(), cycle.expectedTasks).isTrue();
        soft.assertThat(allArrived).as("every task arrived within %s", CrashSettings.taskWait()).isTrue();
        soft.assertThat(reminded).as("every open task got its reminder").isTrue();
        cycle.verifyEnd(soft, end);
        soft.assertAll();
    }

    protected CrashDatabase.Counts snapshot(String label) throws SQLException {
        CrashDatabase.Counts counts = db.counts(ReportingCycle.PERIOD);
        report.snapshot(label, counts);
        return counts;
    }

    protected static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }
}
