package se.uppdragsstyrning.crash;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the test itself submitted, task by task: every attempt with its text (unique) and what came back. The
 * database is then held against it: a report answered 200 must be stored, exactly as sent, and no task may
 * have been accepted twice.
 */
final class Ledger {

    enum Result {
        /** 200: the application took it. */
        OK,
        /** An answer other than 200. */
        REFUSED,
        /** Sent, but no answer (the instance died, or the answer did not come in time): outcome unknown. */
        LOST,
        /** Never reached the application (connection refused). */
        NOT_SENT
    }

    record Attempt(String phase, String text, Result result, int status, String message) {
    }

    /** A board-report task as the secretary's list shows it. */
    record Task(long id, String assignmentRef, String organisationCode) {
        String key() {
            return assignmentRef + "|" + organisationCode;
        }

        String secretary() {
            return ReportingCycle.secretary(organisationCode);
        }
    }

    private final Map<Long, List<Attempt>> attempts = new ConcurrentHashMap<>();
    private final Map<Long, Task> tasks = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** Submits the board report of the task through the API and records what happened. */
    Attempt submit(Api api, Task task, String phase) throws InterruptedException {
        tasks.put(task.id(), task);
        String text = String.format(Locale.ROOT, "Rapport %d från %s om uppdrag %s (%s): arbetet pågår enligt plan.",
                sequence.incrementAndGet(), task.organisationCode(), task.assignmentRef(), phase);
        Attempt attempt;
        try {
            Api.Reply reply = api.post(task.secretary(), "/api/tasks/" + task.id() + "/complete",
                    Map.of("status", "GREEN_ON_TRACK", "assessment", text, "estimatedEndYear", 2027));
            attempt = new Attempt(phase, text, reply.status() == 200 ? Result.OK : Result.REFUSED, reply.status(),
                    reply.status() == 200 ? "" : reply.problem());
        } catch (ConnectException e) {
            attempt = new Attempt(phase, text, Result.NOT_SENT, 0, e.toString());
        } catch (HttpTimeoutException e) {
            attempt = new Attempt(phase, text, Result.LOST, 0, e.toString());
        } catch (IOException e) {
            attempt = new Attempt(phase, text, e.getCause() instanceof ConnectException ? Result.NOT_SENT : Result.LOST,
                    0, e.toString());
        }
        attempts.computeIfAbsent(task.id(), id -> Collections.synchronizedList(new ArrayList<>())).add(attempt);
        return attempt;
    }

    boolean accepted(long taskId) {
        return attempts.getOrDefault(taskId, List.of()).stream().anyMatch(a -> a.result() == Result.OK);
    }

    List<Attempt> attempts(long taskId) {
        return List.copyOf(attempts.getOrDefault(taskId, List.of()));
    }

    /** Per phase: how many attempts had which result, e.g. {@code batch: OK=11 LOST=5 NOT_SENT=24}. */
    String summary() {
        Map<String, Map<String, Integer>> byPhase = new TreeMap<>();
        Map<String, Integer> refusals = new TreeMap<>();
        attempts.values().forEach(list -> List.copyOf(list).forEach(a -> {
            byPhase.computeIfAbsent(a.phase(), p -> new TreeMap<>()).merge(a.result().name(), 1, Integer::sum);
            if (a.result() == Result.REFUSED) {
                refusals.merge(a.phase() + " " + a.status() + " " + a.message(), 1, Integer::sum);
            }
        }));
        StringBuilder out = new StringBuilder();
        byPhase.forEach((phase, results) -> out.append(String.format("  submissions %-22s %s%n", phase + ":",
                results.toString().replace("{", "").replace("}", "").replace(",", ""))));
        refusals.forEach((what, count) -> out.append(String.format("    refused %dx: %s%n", count, what)));
        return out.toString();
    }

    /**
     * What the database does not keep of what was submitted: a report answered 200 that is not stored as
     * submitted with exactly that text, a task answered 200 more than once, a task never accepted at all.
     */
    List<String> problems(Map<String, String[]> reports) {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Long, List<Attempt>> entry : new TreeMap<>(attempts).entrySet()) {
            Task task = tasks.get(entry.getKey());
            List<Attempt> list = List.copyOf(entry.getValue());
            List<Attempt> ok = list.stream().filter(a -> a.result() == Result.OK).toList();
            String[] stored = reports.get(task.key());
            String state = stored == null ? "no row" : stored[0];
            boolean submitted = stored != null && ("SUBMITTED".equals(stored[0]) || "APPROVED".equals(stored[0]));
            if (ok.size() > 1) {
                problems.add("task " + task.id() + " (" + task.key() + ") accepted " + ok.size() + " times");
            }
            if (ok.size() == 1 && !(submitted && ok.get(0).text().equals(stored[1]))) {
                problems.add("task " + task.id() + " (" + task.key() + ") answered 200 but its report is " + state
                        + (submitted ? " with another text" : ""));
            }
            if (ok.isEmpty()) {
                boolean keptUnanswered = submitted && list.stream().anyMatch(a -> a.text().equals(stored[1]));
                if (!keptUnanswered) {
                    problems.add("task " + task.id() + " (" + task.key() + ") never accepted (" + list.size()
                            + " attempts, last " + list.get(list.size() - 1).result() + " "
                            + list.get(list.size() - 1).status() + "); its report is " + state);
                }
            }
        }
        return problems;
    }
}
