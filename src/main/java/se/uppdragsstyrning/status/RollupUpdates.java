package se.uppdragsstyrning.status;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import se.uppdragsstyrning.interchange.FollowUpImported;
import se.uppdragsstyrning.reporting.AssessmentRecorded;
import se.uppdragsstyrning.reporting.BoardReportChanged;
import se.uppdragsstyrning.reporting.PeriodState;
import se.uppdragsstyrning.reporting.PeriodStateChanged;

/**
 * Keeps the stored rollups up to date with their inputs: every event that changes a period's assessments or
 * board reports, the period's aggregate step (it moves the period to kommunstyrelsen) and an import refresh the
 * period and the later ones, after the change is committed (delivered again until handled). Refreshing is
 * idempotent, so an event delivered twice, or a batch of events for one period, computes it once.
 *
 * <p>The listeners run outside a transaction and one at a time in this instance, each refresh in a transaction
 * of its own that is committed before the next one starts: a batch of events (an import, the demo data) does not
 * queue up on the rollup row's lock. Instances running side by side meet at that row lock.
 */
@Component
class RollupUpdates {

    private final StatusAggregation aggregation;
    private final ReentrantLock refreshing = new ReentrantLock();

    RollupUpdates(StatusAggregation aggregation) {
        this.aggregation = aggregation;
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(AssessmentRecorded recorded) {
        serially(() -> aggregation.refresh(recorded.period()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BoardReportChanged changed) {
        serially(() -> aggregation.refresh(changed.period()));
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(PeriodStateChanged changed) {
        if (changed.state() == PeriodState.KS_APPROVAL) {
            serially(() -> aggregation.refresh(changed.period()));
        }
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(FollowUpImported imported) {
        serially(aggregation::refreshAll);
    }

    private void serially(Runnable refresh) {
        refreshing.lock();
        try {
            refresh.run();
        } finally {
            refreshing.unlock();
        }
    }
}
