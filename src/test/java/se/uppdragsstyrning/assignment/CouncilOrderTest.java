package se.uppdragsstyrning.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The one council order of assignments that lists, exports and publications follow. */
class CouncilOrderTest {

    static final Instant NOW = Instant.parse("2025-06-17T10:00:00Z");

    @Test
    void byGoalThenBudgetBeforeAdditionalAndCarriedOverByNumberUnnumberedLast() {
        Goal four = new Goal(4, "Fokusmål 4", NOW);
        Goal five = new Goal(5, "Fokusmål 5", NOW);
        Assignment carried = new Assignment("2024-12", four, 12, AssignmentOrigin.CARRIED_OVER, "Kvar", NOW);
        Assignment additional = new Assignment("2025-T1", four, null, AssignmentOrigin.ADDITIONAL, "Motion", NOW);
        Assignment thirtyFive = new Assignment("2025-35", four, 35, AssignmentOrigin.BUDGET, "Trygghet", NOW);
        Assignment thirtyFour = new Assignment("2025-34", four, 34, AssignmentOrigin.BUDGET, "Unga", NOW);
        Assignment unnumbered = new Assignment("2025-B", four, null, AssignmentOrigin.BUDGET, "Utan nummer", NOW);
        Assignment otherGoal = new Assignment("2025-1", five, 1, AssignmentOrigin.BUDGET, "Bostäder", NOW);

        assertThat(List.of(otherGoal, carried, additional, unnumbered, thirtyFive, thirtyFour).stream()
                .sorted(Assignment.COUNCIL_ORDER).map(Assignment::getRef).toList())
                .containsExactly("2025-34", "2025-35", "2025-B", "2025-T1", "2024-12", "2025-1");
    }
}
