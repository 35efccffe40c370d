package se.uppdragsstyrning.assignment;

/** How an assignment came about: numbered in the budget, added by a later council decision, or carried over. */
public enum AssignmentOrigin {
    BUDGET, ADDITIONAL, CARRIED_OVER
}
