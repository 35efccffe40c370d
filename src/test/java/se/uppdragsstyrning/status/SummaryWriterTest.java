package se.uppdragsstyrning.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** The Swedish summary sentences, written from the numbers. */
class SummaryWriterTest {

    @Test
    void demoNumbersReadLikeTheMunicipalitysText() {
        assertThat(SummaryWriter.write(new StatusCounts(1, 22, 0, 0, 0), years(2025, 8, 2026, 10, 2027, 4), 0))
                .isEqualTo("Av kommunfullmäktiges totalt 23 uppdrag inom fokusmålet pågår 22 enligt plan och ett är"
                        + " slutfört. Av de 22 pågående uppdragen bedöms åtta bli färdigställda under 2025, tio under"
                        + " 2026 och fyra under 2027.");
    }

    @Test
    void numbersUpToTwelveInWordsAndPluralsAgree() {
        assertThat(SummaryWriter.write(new StatusCounts(2, 7, 2, 1, 0), years(2026, 1, 2027, 8), 0))
                .isEqualTo("Av kommunfullmäktiges totalt tolv uppdrag inom fokusmålet pågår sju enligt plan, två är"
                        + " försenade, två är slutförda och ett genomförs inte. Av de nio pågående uppdragen bedöms"
                        + " ett bli färdigställt under 2026 och åtta under 2027.");
    }

    @Test
    void firstClauseTakesTheVerbFirstWhateverStatusItIs() {
        assertThat(SummaryWriter.write(new StatusCounts(0, 0, 1, 13, 0), years(2027, 1), 0))
                .isEqualTo("Av kommunfullmäktiges totalt 14 uppdrag inom fokusmålet är ett försenat och 13 genomförs"
                        + " inte. Det pågående uppdraget bedöms bli färdigställt under 2027.");
        assertThat(SummaryWriter.write(new StatusCounts(3, 0, 0, 2, 0), years(), 0))
                .isEqualTo("Av kommunfullmäktiges totalt fem uppdrag inom fokusmålet är tre slutförda och två"
                        + " genomförs inte.");
    }

    @Test
    void aSingleAssignmentAndMissingEndYears() {
        assertThat(SummaryWriter.write(new StatusCounts(0, 1, 0, 0, 0), years(), 1))
                .isEqualTo("Kommunfullmäktiges enda uppdrag inom fokusmålet pågår enligt plan. Det pågående"
                        + " uppdraget saknar beräknat slutår.");
        assertThat(SummaryWriter.write(new StatusCounts(0, 3, 1, 0, 2), years(2026, 3), 1))
                .isEqualTo("Av kommunfullmäktiges totalt sex uppdrag inom fokusmålet pågår tre enligt plan, ett är"
                        + " försenat och två har ännu inte bedömts. Av de fyra pågående uppdragen bedöms tre bli"
                        + " färdigställda under 2026. För ett av dem saknas beräknat slutår.");
    }

    private static SortedMap<Integer, Integer> years(int... yearCount) {
        SortedMap<Integer, Integer> years = new TreeMap<>();
        for (int i = 0; i < yearCount.length; i += 2) {
            years.put(yearCount[i], yearCount[i + 1]);
        }
        return years;
    }
}
