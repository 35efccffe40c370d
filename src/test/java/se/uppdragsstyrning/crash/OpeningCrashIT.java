package se.uppdragsstyrning.crash;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 9, crash (b): the application is killed with SIGKILL while the period is opening (tasks still
 * arriving) and started again. Every task must arrive exactly once within a bounded wait (a job handed to the
 * dead process comes back when its lease runs out), reminders go only to tasks in the inbox, and the period
 * reaches kommunstyrelsen's approval.
 */
@Timeout(value = 7, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OpeningCrashIT extends CrashScenario {

    static final int KILL_AT = 10;

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
        AppProcess first = app("app-1", engine).awaitReady();
        cycle.open(first.api);
        boolean arriving = cycle.awaitTaskRows(KILL_AT, Duration.ofMinutes(2));
        snapshot("before kill");
        first.kill();
        CrashDatabase.Counts atKill = snapshot("at the kill");

        AppProcess second = app("app-2", engine).awaitReady();
        long waitStart = System.nanoTime();
        boolean all = cycle.awaitTasks(cycle.expectedTasks, CrashSettings.taskWait());
        report.note("after the restart: %s of %d tasks within %d s (bound %s)", all ? "all" : "NOT all",
                cycle.expectedTasks, (System.nanoTime() - waitStart) / 1_000_000_000, CrashSettings.taskWait());
        report.snapshot("restarted", cycle.settle());
        boolean reminded = cycle.remind(engine);
        if (all) {
            List<Ledger.Task> tasks = cycle.openBoardTasks(second.api);
            report.note("the secretaries' lists hold %d open tasks", tasks.size());
            cycle.submitAll(List.of(second.api), tasks, "1 after the restart", 8);
            cycle.compile(second.api);
            cycle.awaitKsApproval(second.api);
        } else {
            report.note("not every task arrived: the period cannot be reported to the end");
        }
        CrashDatabase.Counts end = cycle.settle();
        report.snapshot("end", end);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(arriving && atKill.boardTaskRows() < cycle.expectedTasks)
                .as("the kill came while tasks were still arriving (%d of %d at the kill)", atKill.boardTaskRows(),
                        cycle.expectedTasks).isTrue();
        soft.assertThat(all).as("every task arrived within %s of the restart", CrashSettings.taskWait()).isTrue();
        soft.assertThat(reminded).as("every open task got its reminder").isTrue();
        cycle.verifyEnd(soft, end);
        soft.assertAll();
    }
}
