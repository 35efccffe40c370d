package se.uppdragsstyrning.tasks;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.annotation.Primary;

/**
 * Stands in for the workflow gateway: remembers completed jobs and, like Zeebe, answers a second completion of
 * the same job (or one of a job it was told is gone) with {@link TaskGoneException}.
 */
@Primary
class FakeTaskEngine implements TaskEngine {

    final Map<Long, Map<String, Object>> completed = new ConcurrentHashMap<>();
    final Set<Long> gone = ConcurrentHashMap.newKeySet();
    final AtomicInteger calls = new AtomicInteger();
    volatile RuntimeException failure;
    /** When set, completions fail while the engine still answers (a failure after the commit). */
    volatile RuntimeException completionFailure;
    /** When set, each completion waits for it: lets a test hold a completion half-way. */
    volatile CountDownLatch hold;

    @Override
    public boolean isReachable() {
        return failure == null;
    }

    @Override
    public void complete(long jobKey, Map<String, Object> variables) throws TaskGoneException {
        calls.incrementAndGet();
        CountDownLatch latch = hold;
        if (latch != null) {
            try {
                latch.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (completionFailure != null) {
            throw completionFailure;
        }
        if (gone.contains(jobKey) || completed.putIfAbsent(jobKey, variables) != null) {
            throw new TaskGoneException(jobKey, null);
        }
    }

    void reset() {
        completed.clear();
        gone.clear();
        calls.set(0);
        failure = null;
        completionFailure = null;
        hold = null;
    }
}
