package se.uppdragsstyrning.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import se.uppdragsstyrning.organisation.OrganisationService.DatedName;

/**
 * An organisation's name is dated: an old day shows the name it had then, a file about an older period does not
 * rename today's organisation, and the active dates decide what "Alla nämnder och bolag" means today.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({OrganisationService.class, OrganisationNamesTest.Today.class})
class OrganisationNamesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @TestConfiguration
    static class Today {
        @Bean
        Clock clock() {
            return Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant(),
                    ZoneId.of("Europe/Stockholm"));
        }
    }

    @Autowired
    OrganisationService organisations;

    @Test
    void aRenameFromADateKeepsTheEarlierNameForEarlierDays() {
        organisations.upsert("ABN", "Arbetsmarknadsnämnden", OrganisationKind.BOARD, LocalDate.of(2023, 8, 31));
        organisations.update("ABN", "Arbetsmarknads- och vuxenutbildningsnämnden", LocalDate.of(2025, 1, 1),
                OrganisationKind.BOARD, List.of(), true, null, null);

        assertThat(organisations.findByCode("ABN").orElseThrow().getName())
                .isEqualTo("Arbetsmarknads- och vuxenutbildningsnämnden");
        assertThat(organisations.nameOn("ABN", LocalDate.of(2024, 8, 31))).contains("Arbetsmarknadsnämnden");
        assertThat(organisations.nameOn("ABN", LocalDate.of(2025, 1, 1)))
                .contains("Arbetsmarknads- och vuxenutbildningsnämnden");
        assertThat(organisations.nameOn("ABN", LocalDate.of(2020, 1, 1))).contains("Arbetsmarknadsnämnden");
        assertThat(organisations.nameOn("XYZ", TODAY)).isEmpty();
    }

    @Test
    void anOlderFileRecordsTheNameItHadThenAndLeavesTodaysName() {
        organisations.upsert("KTN", "Kulturnämnden", OrganisationKind.BOARD, LocalDate.of(2025, 8, 31));

        organisations.upsert("KTN", "Kultur- och fritidsnämnden", OrganisationKind.COMPANY,
                LocalDate.of(2023, 8, 31));

        Organisation today = organisations.findByCode("KTN").orElseThrow();
        assertThat(today.getName()).isEqualTo("Kulturnämnden");
        assertThat(today.getKind()).isEqualTo(OrganisationKind.BOARD);
        assertThat(organisations.nameOn("KTN", LocalDate.of(2024, 4, 30))).contains("Kultur- och fritidsnämnden");
        assertThat(organisations.names("KTN")).containsExactly(
                new DatedName("Kultur- och fritidsnämnden", LocalDate.of(2023, 8, 31)),
                new DatedName("Kulturnämnden", LocalDate.of(2025, 8, 31)));
    }

    @Test
    void anOlderFileWithTodaysNameOnlyDatesTheNameEarlier() {
        organisations.upsert("GSN", "Gatu- och samhällsmiljönämnden", OrganisationKind.BOARD,
                LocalDate.of(2025, 8, 31));

        organisations.upsert("GSN", "Gatu- och samhällsmiljönämnden", OrganisationKind.BOARD,
                LocalDate.of(2023, 8, 31));

        assertThat(organisations.names("GSN"))
                .containsExactly(new DatedName("Gatu- och samhällsmiljönämnden", LocalDate.of(2023, 8, 31)));
    }

    @Test
    void aNewerFileRenamesTheOrganisation() {
        organisations.upsert("PBN", "Plan- och byggnadsnämnden", OrganisationKind.BOARD, LocalDate.of(2024, 8, 31));

        organisations.upsert("PBN", "Plan- och bygglovsnämnden", OrganisationKind.BOARD, LocalDate.of(2025, 8, 31));

        assertThat(organisations.findByCode("PBN").orElseThrow().getName()).isEqualTo("Plan- och bygglovsnämnden");
        assertThat(organisations.nameOn("PBN", LocalDate.of(2025, 1, 1))).contains("Plan- och byggnadsnämnden");
    }

    @Test
    void onlyOrganisationsWithinTheirActiveDatesAreActiveToday() {
        organisations.create("OLD", "Nedlagda nämnden", OrganisationKind.BOARD, LocalDate.of(2020, 1, 1), List.of(),
                null, TODAY.minusDays(1));
        organisations.create("NEW", "Kommande bolaget", OrganisationKind.COMPANY, TODAY, List.of("Kommande AB"),
                TODAY.plusDays(1), null);
        organisations.create("NOW", "Pågående nämnden", OrganisationKind.BOARD, TODAY, List.of(), TODAY, TODAY);

        assertThat(organisations.active()).extracting(Organisation::getCode).contains("NOW")
                .doesNotContain("OLD", "NEW");
        assertThat(organisations.resolve("kommande ab")).map(Organisation::getCode).contains("NEW");
    }
}
