package se.uppdragsstyrning.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP load client for P3: a closed loop (a fixed number of connections, each sending its next request
 * when the last one answered: the highest sustained rate) and an open loop (requests started at a fixed offered
 * rate whatever the answers do; latency counted from the moment a request was due, so that a stalled server is
 * not hidden).
 */
final class LoadClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private LoadClient() {
    }

    /** What one load run measured; latencies in milliseconds. */
    record Run(int requests, int errors, double seconds, double[] latencies) {

        double rate() {
            return (requests - errors) / seconds;
        }

        double percentile(double p) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            double[] sorted = latencies.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }
    }

    /** Logs in through the login form as the user (password {@code demo}); answers the session's cookie header. */
    static String login(String baseUrl, String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new IllegalStateException("the login page has no CSRF token");
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie(page))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login as " + user + " failed: " + answer.statusCode() + " " + location);
        }
        return cookie(answer);
    }

    /** A page's HTML, anonymously. */
    static String page(String url) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request(url, null), HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(c -> c.split(";", 2)[0])
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
    }

    private static HttpRequest request(String url, String cookie) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "text/html").GET();
        if (cookie != null && !cookie.isEmpty()) {
            builder.header("Cookie", cookie);
        }
        return builder.build();
    }

    /** {@code connections} connections, each sending requests one after the other for the duration. */
    static Run closedLoop(String url, String cookie, int connections, Duration duration) throws InterruptedException {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        CountDownLatch done = new CountDownLatch(connections);
        for (int c = 0; c < connections; c++) {
            threads.execute(() -> {
                // one client per connection: HTTP/1.1, one connection each
                try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build()) {
                    HttpRequest request = request(url, cookie);
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        requests.incrementAndGet();
                        try {
                            HttpResponse<byte[]> response = client.send(request,
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies.add((System.nanoTime() - sent) / 1e6);
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await(duration.toSeconds() + 60, TimeUnit.SECONDS);
        threads.shutdownNow();
        return new Run(requests.get(), errors.get(), (System.nanoTime() - start) / 1e9, toArray(latencies));
    }

    /** Requests started at {@code rate} per second for the duration, whatever the answers do. */
    static Run openLoop(String url, String cookie, int rate, Duration duration) throws InterruptedException {
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        int total = (int) (rate * duration.toMillis() / 1000);
        CountDownLatch answered = new CountDownLatch(total);
        ExecutorService callbacks = Executors.newFixedThreadPool(4);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(callbacks)
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build()) {
            HttpRequest request = request(url, cookie);
            long start = System.nanoTime();
            long intervalNanos = 1_000_000_000L / rate;
            List<java.util.concurrent.ScheduledFuture<?>> scheduled = new ArrayList<>();
            for (int i = 0; i < total; i++) {
                long due = start + i * intervalNanos;
                scheduled.add(clock.schedule(() -> client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                        .whenComplete((response, error) -> {
                            if (error != null || response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            latencies.add((System.nanoTime() - due) / 1e6);
                            answered.countDown();
                        }), due - System.nanoTime(), TimeUnit.NANOSECONDS));
            }
            boolean all = answered.await(duration.toSeconds() + REQUEST_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS);
            double seconds = (System.nanoTime() - start) / 1e9;
            int missing = all ? 0 : (int) answered.getCount();
            scheduled.forEach(s -> s.cancel(false));
            return new Run(total, errors.get() + missing, seconds, toArray(latencies));
        } finally {
            clock.shutdownNow();
            callbacks.shutdownNow();
        }
    }

    private static double[] toArray(ConcurrentLinkedQueue<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
