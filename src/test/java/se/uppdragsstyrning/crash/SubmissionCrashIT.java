package se.uppdragsstyrning.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 9, crash (a): the application is killed with SIGKILL in the middle of a batch of concurrent
 * submissions, half-way through the period, and started again. Every report answered 200 must be kept, as
 * sent, once; the tasks whose submissions were cut off are completable after the restart (or were kept); the
 * open tasks are reminded once; and the period reaches kommunstyrelsen's approval.
 */
@Timeout(value = 9, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SubmissionCrashIT extends CrashScenario {

    static final int BATCH = 40;
    static final int ANSWERED_BEFORE_KILL = 8;

    @Override
    protected String scenario() {
        return "a_submissions";
    }

    @Override
    protected String title() {
        return "CRASH (a): kill -9 of the application during a batch of submissions";
    }

    @Test
    void everyReportSubmittedAroundTheCrashIsKeptOnceAndThePeriodReachesKommunstyrelsen() throws Exception {
        EngineProcess engine = engine("engine");
        AppProcess first = app("app-1", engine).awaitReady();
        cycle.open(first.api);
        assertThat(cycle.awaitTasks(cycle.expectedTasks, Duration.ofMinutes(3)))
                .as("all %d tasks arrive before anything is killed", cycle.expectedTasks).isTrue();
        List<Ledger.Task> tasks = cycle.openBoardTasks(first.api);
        assertThat(tasks).as("the secretaries' lists").hasSize(cycle.expectedTasks);

        int half = tasks.size() / 2;
        cycle.submitAll(List.of(first.api), tasks.subList(0, half), "1 before the crash", 8);
        report.snapshot("half reported", cycle.settle());

        List<Ledger.Task> batch = tasks.subList(half, Math.min(tasks.size(), half + BATCH));
        AtomicInteger answered = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(ANSWERED_BEFORE_KILL);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Ledger.Task task : batch) {
                pool.submit(() -> {
                    if (cycle.ledger.submit(first.api, task, "2 batch cut by the kill").result() == Ledger.Result.OK) {
                        answered.incrementAndGet();
                        enough.countDown();
                    }
                    return null;
                });
            }
            pool.shutdown();
            boolean mid = enough.await(2, TimeUnit.MINUTES);
            snapshot("before kill");
            first.kill();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("the batch's requests end").isTrue();
            report.note("kill -9 in the batch of %d concurrent submissions after %s answers 200 (%d when the last"
                    + " request ended)", batch.size(),
                    mid ? ANSWERED_BEFORE_KILL : "fewer than " + ANSWERED_BEFORE_KILL,
                    answered.get());
        } finally {
            pool.shutdownNow();
        }
        snapshot("at the kill");

        AppProcess second = app("app-2", engine).awaitReady();
        report.snapshot("restarted", cycle.settle());
        boolean reminded = cycle.remind(engine);
        List<Ledger.Task> open = cycle.openBoardTasks(second.api);
        report.note("after the restart the secretaries' lists hold %d open tasks (%d not submitted before)",
                open.size(), tasks.size() - half - answered.get());
        cycle.submitAll(List.of(second.api), open, "3 after the restart", 8);
        cycle.compile(second.api);
        cycle.awaitKsApproval(second.api);
        CrashDatabase.Counts end = cycle.settle();
        report.snapshot("end", end);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(answered.get()).as("the kill came in the middle of the batch (answers before it)")
                .isBetween(1, batch.size() - 1);
        soft.assertThat(reminded).as("every open task got its reminder after the restart").isTrue();
        cycle.verifyEnd(soft, end);
        soft.assertAll();
    }
}
