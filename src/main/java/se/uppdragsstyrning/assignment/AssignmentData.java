package se.uppdragsstyrning.assignment;

import java.util.List;

import se.uppdragsstyrning.organisation.Organisation;

/** What the register knows of an assignment when it is registered or updated (from a form or an import). */
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
        DecisionReference decision) {
}
