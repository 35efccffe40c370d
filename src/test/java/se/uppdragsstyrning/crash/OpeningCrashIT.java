package se.uppdragsstyrning.crash;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 9, crash (b): the application is killed with SIGKILL while the period is opening (tasks still
 * arriving) and started again. Every task must arrive exactly once within a bounded wait (a job handed to the
 * dead process comes back when its lease runs out), reminders go only to tasks in the inbox, and the period
 * reaches kommunstyrelsen's approval.
 */
@Timeout(value = 9, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OpeningCrashIT extends CrashScenario {

    @Override
    protected String scenario() {
        return "b_opening";
    }

    @Override
    protected String title() {
        return "CRASH (b): kill -9 of the application while the period is opening";
    }

    @Test
    void everyTaskArrivesOnceAfterARestartAndThePeriodReachesKommunstyrelsen() throws Exception {
        EngineProcess engine = engine("engine");
        OpeningKill kill = openAndKillWhileOpening(app("app-1", engine).awaitReady());

        AppProcess second = app("app-2", engine).awaitReady();
        long waitStart = System.nanoTime();
        boolean all = cycle.awaitTasks(cycle.expectedTasks, CrashSettings.taskWait());
        report.note("after the restart: %s of %d tasks within %d s (bound %s)", all ? "all" : "NOT all",
                cycle.expectedTasks, (System.nanoTime() - waitStart) / 1_000_000_000, CrashSettings.taskWait());
        report.snapshot("restarted", cycle.settle());
        boolean reminded = cycle.remind(engine);
        reportToKommunstyrelsen(all, List.of(second.api), second.api);
        CrashDatabase.Counts end = cycle.settle();
        report.snapshot("end", end);
        verifyOpening(kill, all, reminded, end);
    }
}
