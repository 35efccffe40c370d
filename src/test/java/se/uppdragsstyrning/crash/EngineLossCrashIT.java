package se.uppdragsstyrning.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 9, item 5: the engine loses its state mid-period. The standalone engine is killed with SIGKILL after
 * some reports are in and the rest reminded, and a fresh, empty one is started on the same port while the
 * application runs on. The application must restore every running instance at the right step, the open
 * tasks must stay completable under their old URLs, nobody is reminded twice, and the cycle reaches
 * kommunstyrelsen's approval.
 */
@Timeout(value = 9, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EngineLossCrashIT extends CrashScenario {

    static final int REPORTED_BEFORE_LOSS = 60;

    @Override
    protected String scenario() {
        return "d_engine_loss";
    }

    @Override
    protected String title() {
        return "CRASH (d): engine lost mid-period (kill -9, fresh engine on the same port)";
    }

    @Test
    void aFreshEngineIsGivenBackEveryInstanceAndTheCycleFinishes() throws Exception {
        int grpcPort = freePort();
        int controlPort = freePort();
        EngineProcess first = engine("engine-1", grpcPort, controlPort);
        AppProcess app = app("app", first).awaitReady();
        cycle.open(app.api);
        assertThat(cycle.awaitTasks(cycle.expectedTasks, Duration.ofMinutes(3)))
                .as("all %d tasks arrive before the engine is lost", cycle.expectedTasks).isTrue();
        List<Ledger.Task> tasks = cycle.openBoardTasks(app.api);
        cycle.submitAll(List.of(app.api), tasks.subList(0, REPORTED_BEFORE_LOSS), "1 before the engine loss", 8);
        cycle.remind(first);
        CrashDatabase.Counts before = cycle.settle();
        report.snapshot("before loss", before);
        int openTasks = before.boardTasksActive() + before.compilationRows() - before.compilationsCompleted();
        report.note("engine-1 before the loss: %s", first.stats());

        first.kill();
        EngineProcess second = engine("engine-2", grpcPort, controlPort);
        boolean reconnected = ReportingCycle.within(Duration.ofMinutes(1), Duration.ofSeconds(1),
                () -> "UP".equals(app.api.health().at("/components/zeebe/status").asText()));
        long waitStart = System.nanoTime();
        boolean restored = ReportingCycle.within(CrashSettings.restoreWait(), Duration.ofSeconds(2),
                () -> second.openUserTaskJobs() >= openTasks);
        report.note("fresh engine: application reconnected %s; %s within %d s (bound %s): %s",
                reconnected ? "yes" : "NO", restored ? "restored" : "NOT restored",
                (System.nanoTime() - waitStart) / 1_000_000_000, CrashSettings.restoreWait(), second.stats());
        report.snapshot("fresh engine", cycle.settle());

        // the restored timers fire again on the fresh engine's clock: nobody may be reminded a second time
        second.advanceClock(ReportingCycle.PAST_REMINDERS);
        second.idle(Duration.ofSeconds(30));
        report.snapshot("clock moved", cycle.settle());

        List<Ledger.Task> remaining = tasks.stream().filter(t -> !cycle.ledger.accepted(t.id())).toList();
        cycle.submitAll(List.of(app.api), remaining, "2 after the engine loss", 8);
        long accepted = remaining.stream().filter(t -> cycle.ledger.accepted(t.id())).count();
        report.note("after the loss %d of %d open tasks completed under their old URLs", accepted, remaining.size());
        if (accepted > 0) {
            cycle.compile(app.api);
            cycle.awaitKsApproval(app.api);
        } else {
            report.note("no task could be completed after the engine loss: the cycle cannot go on");
        }
        CrashDatabase.Counts end = cycle.settle();
        report.snapshot("end", end);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(reconnected).as("the application reconnects to the fresh engine").isTrue();
        soft.assertThat(restored).as("the fresh engine holds every open task again (user-task jobs >= %d)",
                openTasks).isTrue();
        soft.assertThat(accepted).as("open tasks completable under their old URLs").isEqualTo(remaining.size());
        cycle.verifyEnd(soft, end);
        soft.assertAll();
    }
}
