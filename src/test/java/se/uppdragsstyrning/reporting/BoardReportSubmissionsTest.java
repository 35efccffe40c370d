package se.uppdragsstyrning.reporting;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.uppdragsstyrning.tasks.TaskCompleted;

/** A completed board-report task is stored as the organisation's submitted report; other tasks are not reports. */
class BoardReportSubmissionsTest {

    private final PeriodCycle cycle = mock(PeriodCycle.class);
    private final BoardReportSubmissions submissions = new BoardReportSubmissions(cycle);

    @Test
    void aSubmittedBoardReportIsStoredWithItsValuesAndWhoSubmittedIt() {
        submissions.on(completed("board-report", Map.of("status", "YELLOW", "assessment", "Arbetet är försenat.",
                "estimatedEndYear", 2027L, "comment", "Tidplanen ses över.")));

        verify(cycle).submitted("2025-34", "SCN", PeriodId.parse("2026-INTERIM_AUGUST"), ReportStatus.YELLOW,
                "Arbetet är försenat.", 2027, "Tidplanen ses över.", "sekr-scn");
    }

    @Test
    void aRedReportHasNoEndYear() {
        Map<String, Object> values = new HashMap<>(Map.of("status", "RED", "assessment", "Genomförs inte."));
        values.put("comment", null);

        submissions.on(completed("board-report", values));

        verify(cycle).submitted("2025-34", "SCN", PeriodId.parse("2026-INTERIM_AUGUST"), ReportStatus.RED,
                "Genomförs inte.", null, null, "sekr-scn");
    }

    @Test
    void otherTasksAreNotBoardReports() {
        submissions.on(completed("compilation", Map.of("combinedStatus", "GREEN_ON_TRACK")));
        submissions.on(completed("ks-approval", Map.of("decision", "APPROVE")));

        verifyNoInteractions(cycle);
    }

    private static TaskCompleted completed(String formId, Map<String, Object> values) {
        return new TaskCompleted(7, formId, values, "sekr-scn", "SCN", "2026-INTERIM_AUGUST", "2025-34");
    }
}
