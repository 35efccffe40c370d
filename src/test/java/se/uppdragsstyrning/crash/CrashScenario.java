package se.uppdragsstyrning.crash;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

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

    protected EngineProcess engine(String name, int grpcPort, int controlPort) throws IOException, InterruptedException {
        return EngineProcess.start(children, directory, name, grpcPort, controlPort);
    }

    protected EngineProcess engine(String name) throws IOException, InterruptedException {
        return engine(name, freePort(), freePort());
    }

    protected AppProcess app(String name, EngineProcess engine) throws IOException {
        AppProcess app = AppProcess.start(children, directory, name, db, engine, freePort());
        apps.add(app);
        return app;
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
