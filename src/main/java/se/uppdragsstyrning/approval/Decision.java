package se.uppdragsstyrning.approval;

/** What kommunstyrelsen decides on a period's rollup. */
public enum Decision {
    APPROVE, RETURN
}
