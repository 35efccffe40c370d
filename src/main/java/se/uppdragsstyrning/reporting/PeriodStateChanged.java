package se.uppdragsstyrning.reporting;

/** Published, in the transaction that stores it, when a period's process moves it to another state. */
public record PeriodStateChanged(PeriodId period, PeriodState state) {
}
