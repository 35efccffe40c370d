package se.uppdragsstyrning.system;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Whether the process engine answers, as the health component {@code zeebe} of /actuator/health says
 * ({@code uppdrag.engine.health-component}). Pages ask on every request, so the answer is kept for
 * {@code uppdrag.engine.status-cache} (5 s) and checked again in the background: a page never waits for an
 * engine that does not answer. Until the first check has come back the engine counts as reachable.
 */
@Component
class EngineStatus implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EngineStatus.class);

    private final HealthContributorRegistry health;
    private final String component;
    private final long cacheNanos;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "engine-status");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile boolean unreachable;
    private volatile long checkedAt;
    private volatile boolean checkedOnce;

    EngineStatus(HealthContributorRegistry health,
            @Value("${uppdrag.engine.health-component:zeebe}") String component,
            @Value("${uppdrag.engine.status-cache:PT5S}") Duration cacheFor) {
        this.health = health;
        this.component = component;
        this.cacheNanos = cacheFor.toNanos();
    }

    /** True when the last check found the engine down; starts a new check when that one is old. */
    boolean unreachable() {
        if ((!checkedOnce || System.nanoTime() - checkedAt > cacheNanos) && checking.compareAndSet(false, true)) {
            try {
                checker.execute(this::check);
            } catch (RuntimeException e) {
                checking.set(false);
            }
        }
        return unreachable;
    }

    private void check() {
        try {
            HealthContributor contributor = health.getContributor(component);
            boolean down = contributor instanceof HealthIndicator indicator && isDown(indicator.health().getStatus());
            if (down != unreachable) {
                log.info(down ? "Processmotorn svarar inte: sidorna visar det" : "Processmotorn svarar igen");
            }
            unreachable = down;
        } catch (RuntimeException e) {
            unreachable = true;
        } finally {
            checkedAt = System.nanoTime();
            checkedOnce = true;
            checking.set(false);
        }
    }

    private static boolean isDown(Status status) {
        return Status.DOWN.equals(status) || Status.OUT_OF_SERVICE.equals(status);
    }

    @Override
    public void destroy() {
        checker.shutdownNow();
    }
}
