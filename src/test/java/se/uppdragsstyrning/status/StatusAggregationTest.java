package se.uppdragsstyrning.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodState;
import se.uppdragsstyrning.reporting.ReportState;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.support.FollowUpTest;

/** The status aggregation over the demo follow-up and small made-up registers, through the service and the API. */
class StatusAggregationTest extends FollowUpTest {

    @Autowired
    StatusAggregation aggregation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void demoRollupCountsTheReportsAndPointsOutTheTextsWrongEndYears() throws Exception {
        mvc.perform(get("/api/rollups?period=2025-INTERIM_AUGUST").with(httpBasic("samordnare", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.year").value(2025))
                .andExpect(jsonPath("$.period.kind").value("INTERIM_AUGUST"))
                .andExpect(jsonPath("$.goals", hasSize(1)))
                .andExpect(jsonPath("$.goals[0].number").value(4))
                .andExpect(jsonPath("$.goals[0].title").value("Uppsala ska bli tryggare med jämlika livsvillkor"))
                .andExpect(jsonPath("$.goals[0].total").value(23))
                .andExpect(jsonPath("$.goals[0].byStatus.GREEN_DONE").value(1))
                .andExpect(jsonPath("$.goals[0].byStatus.GREEN_ON_TRACK").value(22))
                .andExpect(jsonPath("$.goals[0].byStatus.YELLOW").value(0))
                .andExpect(jsonPath("$.goals[0].byStatus.RED").value(0))
                .andExpect(jsonPath("$.goals[0].ongoingByEndYear.2025").value(8))
                .andExpect(jsonPath("$.goals[0].ongoingByEndYear.2026").value(10))
                .andExpect(jsonPath("$.goals[0].ongoingByEndYear.2027").value(4))
                .andExpect(jsonPath("$.goals[0].proposedStatus").value("GREEN"))
                .andExpect(jsonPath("$.goals[0].trend").value(nullValue()))
                .andExpect(jsonPath("$.goals[0].summary").value("Av kommunfullmäktiges totalt 23 uppdrag inom"
                        + " fokusmålet pågår 22 enligt plan och ett är slutfört. Av de 22 pågående uppdragen bedöms"
                        + " åtta bli färdigställda under 2025, tio under 2026 och fyra under 2027."))
                .andExpect(jsonPath("$.goals[0].claimedDifferences", hasSize(2)))
                .andExpect(jsonPath("$.goals[0].claimedDifferences[0].field").value("endYears.2026"))
                .andExpect(jsonPath("$.goals[0].claimedDifferences[0].claimed").value(11))
                .andExpect(jsonPath("$.goals[0].claimedDifferences[0].computed").value(10))
                .andExpect(jsonPath("$.goals[0].claimedDifferences[0].message")
                        .value("Texten anger 11 uppdrag med slutår 2026, rapporterna ger 10."))
                .andExpect(jsonPath("$.goals[0].claimedDifferences[1].field").value("endYears.2027"))
                .andExpect(jsonPath("$.goals[0].claimedDifferences[1].claimed").value(3))
                .andExpect(jsonPath("$.goals[0].claimedDifferences[1].computed").value(4))
                .andExpect(jsonPath("$.goals[0].sources", hasSize(23)))
                .andExpect(jsonPath("$.organisations", hasSize(0)));
    }

    @Test
    void apiRefusesMalformedAndUnknownPeriodsInSwedishAndNeedsARollupRole() throws Exception {
        mvc.perform(get("/api/rollups?period=2025-AUGUSTI").with(httpBasic("ks", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(containsString("Okänd periodtyp")));
        mvc.perform(get("/api/rollups?period=augusti").with(httpBasic("ks", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value(containsString("år-typ")));
        mvc.perform(get("/api/rollups").with(httpBasic("ks", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0].message").value("Parametern period saknas"));
        mvc.perform(get("/api/rollups?period=2019-ANNUAL").with(httpBasic("ks", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.problems[0].message").value("Perioden 2019-ANNUAL finns inte"));
        mvc.perform(get("/api/rollups?period=2025-INTERIM_AUGUST").with(httpBasic("sekr-scn", "demo")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/rollups?period=2025-INTERIM_AUGUST")).andExpect(status().isUnauthorized());
    }

    @Test
    void onlyAssignmentsTakingPartInThePeriodCountAndTheTrendFollowsTheGoalStatus() {
        Organisation ks = fixture.organisation("KS", "Kommunstyrelsen");
        fixture.goal(90, "Ett mål för trendtest");
        for (String ref : List.of("T90-1", "T90-2", "T90-3", "T90-4", "T90-5")) {
            fixture.assignment(ref, 90, Integer.valueOf(ref.substring(4)), "Uppdrag " + ref, ks);
        }
        PeriodId april = PeriodId.parse("2030-INTERIM_APRIL");
        PeriodId august = PeriodId.parse("2030-INTERIM_AUGUST");
        PeriodId annual = PeriodId.parse("2030-ANNUAL");
        // T90-4 is finished in April and closed: it does not take part in August; T90-5 never reports
        fixture.imported("T90-1", april, ReportStatus.GREEN_ON_TRACK, 2031);
        fixture.imported("T90-2", april, ReportStatus.GREEN_ON_TRACK, 2031);
        fixture.imported("T90-3", april, ReportStatus.GREEN_ON_TRACK, 2030);
        fixture.imported("T90-4", april, ReportStatus.GREEN_DONE, 2030);
        fixture.imported("T90-1", august, ReportStatus.RED, null);
        fixture.imported("T90-2", august, ReportStatus.YELLOW, 2032);
        fixture.imported("T90-3", august, ReportStatus.GREEN_ON_TRACK, 2030);
        fixture.imported("T90-2", annual, ReportStatus.GREEN_ON_TRACK, 2032);
        fixture.imported("T90-3", annual, ReportStatus.GREEN_DONE, 2030);
        awaitRollups();

        GoalRollup inApril = aggregation.rollup(april).orElseThrow().goal(90).orElseThrow();
        assertThat(inApril.counts().total()).isEqualTo(4);
        assertThat(inApril.proposedStatus()).isEqualTo(GoalStatus.GREEN);
        assertThat(inApril.trend()).isNull();

        GoalRollup inAugust = aggregation.rollup(august).orElseThrow().goal(90).orElseThrow();
        assertThat(inAugust.counts()).isEqualTo(new StatusCounts(0, 1, 1, 1, 0));
        assertThat(inAugust.ongoingByEndYear()).containsExactly(entry(2030, 1), entry(2032, 1));
        assertThat(inAugust.proposedStatus()).isEqualTo(GoalStatus.RED);
        assertThat(inAugust.trend()).isEqualTo(Trend.WORSENED);
        assertThat(inAugust.previousPeriod()).isEqualTo(april);
        assertThat(inAugust.summary()).isEqualTo("Av kommunfullmäktiges totalt tre uppdrag inom fokusmålet pågår ett"
                + " enligt plan, ett är försenat och ett genomförs inte. Av de två pågående uppdragen bedöms ett bli"
                + " färdigställt under 2030 och ett under 2032.");

        GoalRollup inAnnual = aggregation.rollup(annual).orElseThrow().goal(90).orElseThrow();
        assertThat(inAnnual.trend()).isEqualTo(Trend.IMPROVED);
        assertThat(inAnnual.proposedStatus()).isEqualTo(GoalStatus.GREEN);

        // a corrected April report is seen by the later periods' trend on the next read
        fixture.imported("T90-1", april, ReportStatus.RED, null);
        fixture.imported("T90-2", april, ReportStatus.RED, null);
        awaitRollups();
        assertThat(aggregation.rollup(april).orElseThrow().goal(90).orElseThrow().proposedStatus())
                .isEqualTo(GoalStatus.RED);
        assertThat(aggregation.rollup(august).orElseThrow().goal(90).orElseThrow().trend())
                .isEqualTo(Trend.UNCHANGED);
    }

    /**
     * A new budget with a new goal: its assignment continues one of the earlier budget's goal (renewed under a new
     * number). The new goal's trend compares with how its assignment's predecessor stood in the earlier period.
     */
    @Test
    void aRenewedAssignmentsGoalComparesWithWhereItsPredecessorStood() throws Exception {
        Organisation ks = fixture.organisation("KS", "Kommunstyrelsen");
        fixture.goal(86, "Ett mål i den äldre budgeten");
        fixture.goal(87, "Ett mål i den nya budgeten");
        fixture.assignment("T86-1", 86, 1, "Ett uppdrag som förnyas", ks);
        mvc.perform(post("/api/assignments").with(httpBasic("samordnare", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"ref": "T87-1", "goal": 87, "origin": "BUDGET", "budgetYear": 2037, "number": 1,
                                 "title": "Samma uppdrag under ett nytt nummer", "responsible": ["KS"],
                                 "continues": "T86-1"}"""))
                .andExpect(status().isCreated());
        fixture.assignment("T87-2", 87, 2, "Ett nytt uppdrag i den nya budgeten", ks);
        PeriodId before = PeriodId.parse("2036-ANNUAL");
        PeriodId after = PeriodId.parse("2037-INTERIM_AUGUST");
        fixture.imported("T86-1", before, ReportStatus.YELLOW, 2038);
        fixture.imported("T87-1", after, ReportStatus.GREEN_ON_TRACK, 2038);
        fixture.imported("T87-2", after, ReportStatus.GREEN_ON_TRACK, 2039);
        awaitRollups();

        GoalRollup renewed = aggregation.rollup(after).orElseThrow().goal(87).orElseThrow();
        assertThat(renewed.proposedStatus()).isEqualTo(GoalStatus.GREEN);
        assertThat(renewed.previousPeriod()).isEqualTo(before);
        assertThat(renewed.trend()).isEqualTo(Trend.IMPROVED);
        // the earlier budget's goal keeps its own line: nothing before it
        assertThat(aggregation.rollup(before).orElseThrow().goal(86).orElseThrow().trend()).isNull();
    }

    @Test
    void reportingProgressPerOrganisationFromTheBoardReportsOfThePeriod() {
        Organisation ks = fixture.organisation("KS", "Kommunstyrelsen");
        Organisation scn = fixture.organisation("SCN", "Socialnämnden");
        fixture.goal(91, "Ett mål för rapporteringsläget");
        fixture.assignment("T91-1", 91, 1, "Första", ks, scn);
        fixture.assignment("T91-2", 91, 2, "Andra", ks, scn);
        fixture.assignment("T91-3", 91, 3, "Tredje", scn);
        PeriodId late = PeriodId.parse("2031-INTERIM_APRIL");
        PeriodId early = PeriodId.parse("2031-INTERIM_AUGUST");
        fixture.period(late, PeriodState.REPORTING, LocalDate.now().minusDays(3));
        fixture.period(early, PeriodState.REPORTING, LocalDate.now().plusDays(20));
        for (PeriodId period : List.of(late, early)) {
            fixture.boardReport("T91-1", ks, period, ReportState.SUBMITTED);
            fixture.boardReport("T91-2", ks, period, ReportState.DRAFT);
            fixture.boardReport("T91-1", scn, period, ReportState.APPROVED);
            fixture.boardReport("T91-2", scn, period, ReportState.RETURNED);
            fixture.boardReport("T91-3", scn, period, ReportState.DRAFT);
        }
        fixture.assessed("T91-1", late, ReportStatus.GREEN_ON_TRACK, 2032);
        awaitRollups();

        PeriodRollup overdue = aggregation.rollup(late).orElseThrow();
        assertThat(overdue.organisations()).containsExactly(
                new OrganisationProgress("KS", "Kommunstyrelsen", 1, 1, 1),
                new OrganisationProgress("SCN", "Socialnämnden", 1, 2, 2));
        GoalRollup goal = overdue.goal(91).orElseThrow();
        assertThat(goal.counts()).isEqualTo(new StatusCounts(0, 1, 0, 0, 2));
        assertThat(goal.summary()).startsWith("Av kommunfullmäktiges totalt tre uppdrag inom fokusmålet pågår ett"
                + " enligt plan och två har ännu inte bedömts.");
        assertThat(aggregation.rollup(early).orElseThrow().organisations()).containsExactly(
                new OrganisationProgress("KS", "Kommunstyrelsen", 1, 1, 0),
                new OrganisationProgress("SCN", "Socialnämnden", 1, 2, 0));
        assertThat(aggregation.rollup(early).orElseThrow().goal(91).orElseThrow().proposedStatus()).isNull();
    }

    @Test
    void theRollupIsStoredAndItsSourceVersionNamesTheAssessmentsCounted() {
        Organisation ks = fixture.organisation("KS", "Kommunstyrelsen");
        fixture.goal(92, "Ett mål för underlagets version");
        fixture.assignment("T92-1", 92, 1, "Första", ks);
        PeriodId period = PeriodId.parse("2032-ANNUAL");
        fixture.imported("T92-1", period, ReportStatus.GREEN_ON_TRACK, 2033);
        awaitRollups();

        PeriodRollup first = aggregation.rollup(period).orElseThrow();
        PeriodRollup again = aggregation.rollup(period).orElseThrow();
        assertThat(again.computedAt()).isEqualTo(first.computedAt());
        assertThat(again.sourceVersion()).isEqualTo(first.sourceVersion()).hasSize(64);
        assertThat(jdbc.queryForObject("select count(*) from goal_rollup g join period_rollup p"
                + " on g.period_rollup_id = p.id join reporting_period r on p.period_id = r.id"
                + " where r.period_year = 2032", Integer.class)).isEqualTo(1);
        assertThat(first.goal(92).orElseThrow().sources()).singleElement()
                .satisfies(source -> assertThat(source.assignmentRef()).isEqualTo("T92-1"));
        assertThat(aggregation.isCurrent(period, first.sourceVersion())).isTrue();

        fixture.imported("T92-1", period, ReportStatus.YELLOW, 2034);
        awaitRollups();
        PeriodRollup changed = aggregation.rollup(period).orElseThrow();
        assertThat(changed.sourceVersion()).isNotEqualTo(first.sourceVersion());
        assertThat(changed.goal(92).orElseThrow().sources().get(0).version())
                .isEqualTo(first.goal(92).orElseThrow().sources().get(0).version() + 1);
        assertThat(aggregation.isCurrent(period, first.sourceVersion())).isFalse();
        assertThat(aggregation.recompute(period).orElseThrow().computedAt()).isAfter(changed.computedAt());
        assertThat(aggregation.recompute(PeriodId.parse("2019-ANNUAL"))).isEmpty();
    }

    @Test
    void overviewShowsBarsTablesTrendAndTheTextsWrongNumbers() throws Exception {
        mvc.perform(get("/oversikt?period=2025-INTERIM_AUGUST").with(user("ks").roles("KS_APPROVER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fokusmål 4. Uppsala ska bli tryggare")))
                .andExpect(content().string(containsString("<figcaption>Status för fokusmål 4: 23 uppdrag")))
                .andExpect(content().string(containsString("class=\"bar-GREEN_ON_TRACK\"")))
                .andExpect(content().string(containsString("Texten anger 11 uppdrag med slutår 2026, rapporterna ger 10.")))
                .andExpect(content().string(containsString("Texten anger 3 uppdrag med slutår 2027, rapporterna ger 4.")))
                .andExpect(content().string(containsString("pågår 22 enligt plan och ett är slutfört")))
                .andExpect(content().string(containsString("Ingen tidigare period att jämföra med")))
                .andExpect(content().string(containsString("Perioden har inga rapporteringsuppgifter")));
        mvc.perform(get("/oversikt").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Det finns inga perioder"))));
        mvc.perform(get("/oversikt?period=2025-VINTER").with(user("ks").roles("KS_APPROVER")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/oversikt?period=2019-ANNUAL").with(user("ks").roles("KS_APPROVER")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/oversikt").with(user("sekr").roles("SECRETARY"))).andExpect(status().isForbidden());
    }

    @Test
    void readsAnswerWhatIsStoredAndWriteNothing() throws Exception {
        Organisation ks = fixture.organisation("KS", "Kommunstyrelsen");
        fixture.goal(97, "Ett mål för läsningar");
        fixture.assignment("T97-1", 97, 1, "Första", ks);
        fixture.assignment("T97-2", 97, 2, "Andra", ks);
        PeriodId stored = PeriodId.parse("2040-INTERIM_APRIL");
        fixture.imported("T97-1", stored, ReportStatus.GREEN_ON_TRACK, 2041);
        fixture.imported("T97-2", stored, ReportStatus.GREEN_ON_TRACK, 2041);
        awaitRollups();
        // a change no event tells of (a hand edit in the database): a read must not recompute, lock or store
        jdbc.update("update assignment_assessment set status = 'RED', version = version + 1 where assignment_id ="
                + " (select id from assignment where ref = 'T97-1')");
        // a period with data but no stored rollup: a read computes it without storing it
        PeriodId unstored = PeriodId.parse("2040-ANNUAL");
        fixture.imported("T97-1", unstored, ReportStatus.YELLOW, 2042);
        awaitRollups();
        jdbc.update("delete from period_rollup where period_id = (select id from reporting_period"
                + " where period_year = 2040 and kind = 'ANNUAL')");
        List<java.util.Map<String, Object>> before = readModel();

        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/api/rollups?period=2040-INTERIM_APRIL").with(httpBasic("samordnare", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.goals[0].byStatus.GREEN_ON_TRACK").value(2))
                    .andExpect(jsonPath("$.goals[0].byStatus.RED").value(0));
            mvc.perform(get("/api/rollups?period=2040-ANNUAL").with(httpBasic("samordnare", "demo")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.goals[0].byStatus.YELLOW").value(1))
                    .andExpect(jsonPath("$.goals[0].previousPeriod").value("2040-INTERIM_APRIL"));
            mvc.perform(get("/oversikt?period=2040-ANNUAL").with(user("ks").roles("KS_APPROVER")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Fokusmål 97. Ett mål för läsningar")));
            mvc.perform(get("/rapport/2040/ANNUAL/mal/97")).andExpect(status().isOk());
            mvc.perform(get("/api/public/rollups/2040/INTERIM_APRIL.json")).andExpect(status().isOk());
        }

        assertThat(readModel()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from period_rollup p join reporting_period r"
                + " on p.period_id = r.id where r.period_year = 2040", Integer.class)).isEqualTo(1);
        // the writer's path sees the change: the period's aggregate step (or its next event) stores it
        aggregation.refresh(stored);
        assertThat(aggregation.rollup(stored).orElseThrow().goal(97).orElseThrow().counts().notCarriedOut())
                .isEqualTo(1);
    }

    /** Every row of the read model's tables, in a fixed order. */
    private List<java.util.Map<String, Object>> readModel() {
        List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
        rows.addAll(jdbc.queryForList("select * from period_rollup order by id"));
        rows.addAll(jdbc.queryForList("select * from goal_rollup order by id"));
        rows.addAll(jdbc.queryForList("select * from goal_rollup_source order by 1, 2"));
        rows.addAll(jdbc.queryForList("select * from organisation_progress order by id"));
        return rows;
    }

    private static java.util.Map.Entry<Integer, Integer> entry(int year, int count) {
        return java.util.Map.entry(year, count);
    }
}
