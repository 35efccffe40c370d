package se.uppdragsstyrning.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.status.OrganisationProgress;
import se.uppdragsstyrning.status.StatusAggregation;
import se.uppdragsstyrning.support.FollowUpTest;
import se.uppdragsstyrning.tasks.TaskContent.Task;

/**
 * An organisation renamed from a later date: the pages of an earlier period show the name it had at that period's
 * end (the task page's earlier reports, the assignment page's reports, the status overview), a later period's the
 * new one.
 */
class OldPeriodNamesTest extends FollowUpTest {

    static final String OLD_NAME = "Nämnden för digital utveckling";
    static final String NEW_NAME = "Digitaliserings- och servicenämnden";

    @Autowired
    OrganisationService organisations;
    @Autowired
    ReportingTaskContent taskContent;
    @Autowired
    StatusAggregation aggregation;

    @Test
    void anEarlierPeriodShowsTheNameTheOrganisationHadAtItsEnd() throws Exception {
        organisations.create("DSN", OLD_NAME, OrganisationKind.BOARD, LocalDate.of(2015, 1, 1), List.of(), null,
                null);
        Organisation renamed = organisations.update("DSN", NEW_NAME, LocalDate.of(2022, 6, 1), OrganisationKind.BOARD,
                List.of(), true, null, null);
        assertThat(renamed.getName()).isEqualTo(NEW_NAME);
        fixture.goal(85, "Ett mål för daterade namn");
        fixture.assignment("T85-1", 85, 1, "Ett uppdrag hos en omdöpt nämnd", renamed);
        PeriodId before = PeriodId.parse("2021-ANNUAL");
        PeriodId after = PeriodId.parse("2023-ANNUAL");
        for (PeriodId period : List.of(before, after)) {
            fixture.period(period, PeriodState.APPROVED, period.lastDay().minusMonths(1));
            fixture.boardReport("T85-1", renamed, period, ReportState.APPROVED);
        }
        awaitRollups();

        // the task page's earlier reports
        @SuppressWarnings("unchecked")
        List<PastReport> past = (List<PastReport>) taskContent.page(new Task(1, "board-report", "2026-ANNUAL",
                "T85-1", "DSN", Map.of())).orElseThrow().parts().get("boardReports");
        assertThat(past).extracting(PastReport::period, PastReport::organisation).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(before.label(), OLD_NAME),
                org.assertj.core.groups.Tuple.tuple(after.label(), NEW_NAME));

        // the assignment page's reports
        mvc.perform(get("/uppdrag/T85-1").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>" + OLD_NAME + "</td>")))
                .andExpect(content().string(containsString("<td>" + NEW_NAME + "</td>")));

        // the status overview of each period
        assertThat(aggregation.rollup(before).orElseThrow().organisations()).extracting(OrganisationProgress::name)
                .containsExactly(OLD_NAME);
        assertThat(aggregation.rollup(after).orElseThrow().organisations()).extracting(OrganisationProgress::name)
                .containsExactly(NEW_NAME);
        mvc.perform(get("/oversikt?period=" + before).with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(OLD_NAME)));
    }
}
