package se.uppdragsstyrning.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which paragraphs of a hand-written forecast are kept after the computed summary. */
class ForecastTextTest {

    @Test
    void paragraphsStatingCountsOfAssignmentsGiveWayToTheComputedSummary() {
        String forecast = """
                Målet nås. Av kommunfullmäktiges totalt 23 uppdrag inom fokusmålet pågår 22 enligt plan.

                Tre av uppdragen är försenade.

                Under 2026 fortsätter arbetet med 12 nya insatser i samverkan med polisen.

                Kommunen bedriver ett uppdragsinriktat trygghetsarbete.""";
        assertThat(ForecastText.analysis(forecast)).containsExactly(
                "Under 2026 fortsätter arbetet med 12 nya insatser i samverkan med polisen.",
                "Kommunen bedriver ett uppdragsinriktat trygghetsarbete.");
    }

    @Test
    void noForecastNoParagraphs() {
        assertThat(ForecastText.analysis(null)).isEmpty();
        assertThat(ForecastText.analysis("  \n\n ")).isEmpty();
    }
}
