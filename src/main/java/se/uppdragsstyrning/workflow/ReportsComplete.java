package se.uppdragsstyrning.workflow;

import java.util.Map;

import org.springframework.stereotype.Component;

import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodId;

/**
 * Tells the period process that every assignment taking part has its combined assessment (message
 * {@code reports-complete}). The message id names the period and its rework round, so telling it again - a job
 * delivered twice, or an assignment closed during the period - is one message.
 */
@Component
class ReportsComplete {

    private final PeriodCycle cycle;
    private final Processes processes;

    ReportsComplete(PeriodCycle cycle, Processes processes) {
        this.cycle = cycle;
        this.processes = processes;
    }

    void publishIfComplete(PeriodId period) {
        if (cycle.isComplete(period)) {
            processes.publish("reports-complete", period.toString(),
                    "reports-complete:" + period + ":" + cycle.period(period).getReworkRound(), Map.of());
        }
    }
}
