package se.uppdragsstyrning.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which paragraphs of a hand-written forecast are kept after the computed summary. */
class AnalysisTextTest {

    @Test
    void paragraphsStatingCountsOfAssignmentsGiveWayToTheComputedSummary() {
        String forecast = """
                Målet nås. Av kommunfullmäktiges totalt 23 uppdrag inom fokusmålet pågår 22 enligt plan.

                Tre av uppdragen är försenade.

                Under 2026 fortsätter arbetet med 12 nya insatser i samverkan med polisen.

                Kommunen bedriver ett uppdragsinriktat trygghetsarbete.""";
        assertThat(AnalysisText.publishable(forecast)).containsExactly(
                "Under 2026 fortsätter arbetet med 12 nya insatser i samverkan med polisen.",
                "Kommunen bedriver ett uppdragsinriktat trygghetsarbete.");
    }

    @Test
    void noForecastNoParagraphs() {
        assertThat(AnalysisText.publishable(null)).isEmpty();
        assertThat(AnalysisText.publishable("  \n\n ")).isEmpty();
    }
}
