package se.uppdragsstyrning.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Issue 9, item 8: concurrency on loopback against the application as its own process. 50 secretaries
 * (threads, the demo's secretary accounts shared among them) save drafts and submit their reports for 60 s
 * ({@code -Dcrash.loadDuration}): no error, no duplicate. Then 20 simultaneous completions of one task: exactly
 * one 200, the others a 409 with a Swedish message; and 20 simultaneous drafts of another: each kept or
 * refused with a Swedish 409, never a 5xx.
 */
@Isolated("its figures are measured with nothing else running")
@Timeout(value = 6, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConcurrencyCrashIT extends CrashScenario {

    static final int RACERS = 20;
    static final String SWEDISH = "(?s).*[åäöÅÄÖ].*";

    private final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    @Override
    protected String scenario() {
        return "e_concurrency";
    }

    @Override
    protected String title() {
        return "CONCURRENCY (e): " + CrashSettings.loadThreads() + " secretaries for " + CrashSettings.loadDuration()
                + ", " + RACERS + " racing completions";
    }

    @Test
    void concurrentSecretariesGetNoErrorsAndOneOfTwentyCompletionsWins() throws Exception {
        EngineProcess engine = engine("engine");
        AppProcess app = app("app", engine).awaitReady();
        cycle.open(app.api);
        assertThat(cycle.awaitTasks(cycle.expectedTasks, Duration.ofMinutes(3))).as("all tasks arrive").isTrue();
        List<Ledger.Task> tasks = cycle.openBoardTasks(app.api);
        Ledger.Task raceCompletion = tasks.get(0);
        Ledger.Task raceDraft = tasks.get(1);
        List<Ledger.Task> load = tasks.subList(2, tasks.size());

        long loadErrors = load(app.api, load);
        CrashDatabase.Counts afterLoad = cycle.settle();
        report.snapshot("after load", afterLoad);

        List<Ledger.Attempt> completions = race(RACERS, () -> cycle.ledger.submit(app.api, raceCompletion, "2 race"));
        Map<String, Integer> completionAnswers = new TreeMap<>();
        completions.forEach(a -> completionAnswers.merge(a.status() + " " + a.message(), 1, Integer::sum));
        report.note("%d simultaneous completions of task %d: %s", RACERS, raceCompletion.id(), completionAnswers);

        List<DraftTry> drafts = race(RACERS, () -> {
            String text = "Samtidigt utkast " + counter.incrementAndGet()
                    + " om uppdraget, skrivet av flera på en gång.";
            return new DraftTry(text, draft(app.api, raceDraft, text));
        });
        Map<String, Integer> draftAnswers = new TreeMap<>();
        drafts.forEach(d -> draftAnswers.merge(d.reply().status() + (d.reply().status() == 200 ? ""
                : " " + d.reply().problem()), 1, Integer::sum));
        String storedDraft = db.draft(raceDraft.id());
        boolean draftIsOneOfThe200s = storedDraft != null && drafts.stream()
                .filter(d -> d.reply().status() == 200).anyMatch(d -> storedDraft.contains(d.text()));
        report.note("%d simultaneous drafts of task %d: %s; the stored draft is one answered 200: %s", RACERS,
                raceDraft.id(), draftAnswers, draftIsOneOfThe200s);
        cycle.ledger.submit(app.api, raceDraft, "3 after the races");

        CrashDatabase.Counts end = cycle.settle();
        report.snapshot("end", end);

        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(loadErrors).as("errors under load (5xx, unexpected status, no answer): %s", outcomes)
                .isZero();
        soft.assertThat(completions).as("racing completions answered").hasSize(RACERS);
        soft.assertThat(completions).filteredOn(a -> a.status() == 200).as("completions answered 200").hasSize(1);
        soft.assertThat(completions).filteredOn(a -> a.status() != 200)
                .as("the other completions: 409 with a Swedish message")
                .allSatisfy(a -> {
                    assertThat(a.status()).isEqualTo(409);
                    assertThat(a.message()).matches(SWEDISH);
                });
        soft.assertThat(drafts).as("simultaneous drafts answered").hasSize(RACERS);
        soft.assertThat(drafts).as("simultaneous drafts: 200, or 409 with a Swedish message")
                .allSatisfy(d -> assertThat(d.reply().status() == 200
                        || (d.reply().status() == 409 && d.reply().problem().matches(SWEDISH)))
                        .as("%d %s", d.reply().status(), d.reply().problem()).isTrue());
        soft.assertThat(draftIsOneOfThe200s).as("the stored draft is one of those answered 200").isTrue();
        soft.assertThat(end.boardTasksDistinct()).as("board-report tasks").isEqualTo(cycle.expectedTasks);
        soft.assertThat(end.boardTaskDuplicates()).as("duplicate board-report task rows").isZero();
        soft.assertThat(end.reportsSubmitted()).as("board reports submitted").isEqualTo(cycle.expectedTasks);
        soft.assertThat(end.reportDuplicates()).as("duplicate board-report rows").isZero();
        soft.assertThat(end.tasksWithoutReport()).as("board-report tasks without their board-report row").isZero();
        soft.assertThat(cycle.ledger.problems(db.boardReports(ReportingCycle.PERIOD)))
                .as("every report answered 200 kept exactly once and as sent").isEmpty();
        soft.assertAll();
    }

    /**
     * The secretaries: each thread has its share of the tasks and, task after task, saves drafts for its slice
     * of the duration and then submits. Returns how many requests failed.
     */
    private long load(Api api, List<Ledger.Task> tasks) throws InterruptedException {
        int threads = CrashSettings.loadThreads();
        Duration duration = CrashSettings.loadDuration();
        List<List<Ledger.Task>> shares = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < tasks.size(); i++) {
            shares.get(i % threads).add(tasks.get(i));
        }
        LongAdder errors = new LongAdder();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (List<Ledger.Task> share : shares) {
                pool.submit(() -> {
                    secretary(api, share, start, end, errors);
                    return null;
                });
            }
            pool.shutdown();
            if (!pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
                errors.increment();
                report.note("the load did not end within %s + 2 minutes", duration);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        report.note("load: %d threads, %.0f s, %d requests (%.0f/s), latency p50 %d ms, p95 %d ms, max %d ms",
                threads, seconds, sorted.size(), sorted.size() / seconds, percentile(sorted, 50),
                percentile(sorted, 95), sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
        report.note("load answers: %s; errors: %d", new TreeMap<>(outcomes), errors.sum());
        return errors.sum();
    }

    private void secretary(Api api, List<Ledger.Task> share, long start, long end, LongAdder errors)
            throws InterruptedException {
        for (int i = 0; i < share.size(); i++) {
            Ledger.Task task = share.get(i);
            long sliceEnd = start + (end - start) * (i + 1) / share.size();
            do {
                Api.Reply reply = timed("draft", () -> draft(api, task, "Utkast " + counter.incrementAndGet()
                        + " av rapporten om " + task.assignmentRef() + " från " + task.organisationCode() + "."));
                if (reply == null || reply.status() != 200) {
                    errors.increment();
                }
            } while (System.nanoTime() < sliceEnd);
            long t0 = System.nanoTime();
            Ledger.Attempt attempt = cycle.ledger.submit(api, task, "1 load");
            latencies.add((System.nanoTime() - t0) / 1_000_000);
            outcomes.computeIfAbsent("complete " + attempt.status() + (attempt.status() == 200 ? "" : " "
                    + attempt.result() + " " + attempt.message()), k -> new LongAdder()).increment();
            if (attempt.result() != Ledger.Result.OK) {
                errors.increment();
            }
        }
        if (share.isEmpty()) {
            while (System.nanoTime() < end) {
                Api.Reply reply = timed("list", () -> api.get("sekr-scn", "/api/tasks?view=organisation"));
                if (reply == null || reply.status() != 200) {
                    errors.increment();
                }
            }
        }
    }

    private final AtomicInteger counter = new AtomicInteger();

    record DraftTry(String text, Api.Reply reply) {
    }

    interface Call<T> {
        T call() throws IOException, InterruptedException;
    }

    private Api.Reply timed(String what, Call<Api.Reply> call) throws InterruptedException {
        long t0 = System.nanoTime();
        try {
            Api.Reply reply = call.call();
            latencies.add((System.nanoTime() - t0) / 1_000_000);
            outcomes.computeIfAbsent(what + " " + reply.status() + (reply.status() == 200 ? "" : " " + reply.problem()),
                    k -> new LongAdder()).increment();
            return reply;
        } catch (IOException e) {
            outcomes.computeIfAbsent(what + " " + e, k -> new LongAdder()).increment();
            return null;
        }
    }

    private static Api.Reply draft(Api api, Ledger.Task task, String text) throws IOException, InterruptedException {
        return api.post(task.secretary(), "/api/tasks/" + task.id() + "/draft",
                Map.of("status", "YELLOW", "assessment", text, "estimatedEndYear", 2028));
    }

    /** {@code racers} threads released at once, each making the same call; what each got back. */
    private static <T> List<T> race(int racers, Call<T> call) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(racers);
        CountDownLatch go = new CountDownLatch(1);
        List<T> results = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            for (int i = 0; i < racers; i++) {
                pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    results.add(call.call());
                    return null;
                });
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(results);
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
    }
}
