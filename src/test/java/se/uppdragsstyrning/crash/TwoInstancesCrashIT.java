package se.uppdragsstyrning.crash;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 9, crash (c): two application instances on one engine and one database; one is killed with SIGKILL
 * while the period is opening. The survivor (and the killed one once restarted) must get every task exactly
 * once; both then share the submissions, with no duplicate task rows, reports or notices, and the period
 * reaches kommunstyrelsen's approval.
 */
@Timeout(value = 11, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TwoInstancesCrashIT extends CrashScenario {

    static final Duration AFTER_RESTART = Duration.ofSeconds(45);

    @Override
    protected String scenario() {
        return "c_two_instances";
    }

    @Override
    protected String title() {
        return "CRASH (c): two instances, kill -9 of one while the period is opening";
    }

    @Test
    void theSurvivorAndTheRestartedInstanceGetEveryTaskOnce() throws Exception {
        EngineProcess engine = engine("engine");
        AppProcess a = app("a-1", engine).awaitReady();
        AppProcess b = app("b", engine).awaitReady();
        OpeningKill kill = openAndKillWhileOpening(a);

        long waitStart = System.nanoTime();
        boolean survivorAlone = cycle.awaitTasks(cycle.expectedTasks, CrashSettings.taskWait());
        report.note("instance b alone: %s of %d tasks within %d s (bound %s)", survivorAlone ? "all" : "NOT all",
                cycle.expectedTasks, (System.nanoTime() - waitStart) / 1_000_000_000, CrashSettings.taskWait());
        report.snapshot("b alone", cycle.settle());

        AppProcess a2 = app("a-2", engine).awaitReady();
        boolean all = survivorAlone || cycle.awaitTasks(cycle.expectedTasks, AFTER_RESTART);
        report.note("with a restarted as well: %s of %d tasks", all ? "all" : "NOT all", cycle.expectedTasks);
        report.snapshot("a restarted", cycle.settle());
        boolean reminded = cycle.remind(engine);
        reportToKommunstyrelsen(all, List.of(a2.api, b.api), b.api);
        CrashDatabase.Counts end = cycle.settle();
        report.snapshot("end", end);
        verifyOpening(kill, all, reminded, end);
    }
}
