package se.uppdragsstyrning.assignment;

import java.util.List;

import se.uppdragsstyrning.organisation.Organisation;

/**
 * What the register knows of an assignment when it is registered or updated (from a form or an import).
 * {@code budgetYear} and {@code continuesRef} may be null (not known; continues nothing).
 */
public record AssignmentData(
        String ref,
        int goalNumber,
        Integer number,
        AssignmentOrigin origin,
        String title,
        String description,
        boolean responsibleAll,
        List<Organisation> responsible,
        List<Organisation> concerned,
        DecisionReference decision,
        Integer budgetYear,
        String continuesRef) {

    /** An assignment without a known budget year that continues nothing. */
    public AssignmentData(String ref, int goalNumber, Integer number, AssignmentOrigin origin, String title,
            String description, boolean responsibleAll, List<Organisation> responsible,
            List<Organisation> concerned, DecisionReference decision) {
        this(ref, goalNumber, number, origin, title, description, responsibleAll, responsible, concerned, decision,
                null, null);
    }

    /** The same assignment under another ref (a renewal under a new number in a new budget year). */
    public AssignmentData renewedAs(String newRef, Integer newNumber, int year) {
        return new AssignmentData(newRef, goalNumber, newNumber, AssignmentOrigin.BUDGET, title, description,
                responsibleAll, responsible, concerned, decision, year, ref);
    }
}
