package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.notification.NotificationService;
import se.uppdragsstyrning.reporting.Participant;
import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodState;
import se.uppdragsstyrning.reporting.ReportStatus;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.tasks.TaskInbox;

/** The workers are thin: each maps the job's variables and calls the domain. Checked here on mocks. */
class WorkersTest {

    static final PeriodId AUGUST = PeriodId.parse("2026-INTERIM_AUGUST");

    PeriodCycle cycle = mock(PeriodCycle.class);
    Processes processes = mock(Processes.class);
    AssignmentService assignments = mock(AssignmentService.class);
    NotificationService notifications = mock(NotificationService.class);
    TaskInbox inbox = mock(TaskInbox.class);

    @Test
    void periodOpenAsksEveryAssignmentNotYetReportingAndMovesThePeriodOn() {
        PeriodWorkers workers = new PeriodWorkers(cycle, processes, assignments, notifications,
                Clock.system(ZoneId.of("Europe/Stockholm")));
        when(cycle.takingPart(AUGUST)).thenReturn(List.of(new Participant("2025-34", 4, List.of("SCN", "AMN")),
                new Participant("2025-35", 4, List.of("SCN"))));
        when(cycle.reportingStarted("2025-35", AUGUST)).thenReturn(true);

        workers.open(AUGUST.toString(), "2026-09-15T16:00+02:00", "2026-09-10T08:00+02:00",
                "2026-09-22T16:00+02:00");

        ArgumentCaptor<Map<String, Object>> variables = ArgumentCaptor.captor();
        verify(processes).publish(eq("reporting-requested"), eq("2025-34"),
                eq("reporting-requested:2025-34@2026-INTERIM_AUGUST"), variables.capture());
        assertThat(variables.getValue()).containsEntry("organisations", List.of("SCN", "AMN"))
                .containsEntry("reportDueAt", "2026-09-15T16:00+02:00");
        verify(processes, never()).publish(eq("reporting-requested"), eq("2025-35"), any(), anyMap());
        verify(cycle).moveTo(AUGUST, PeriodState.REPORTING);
    }

    @Test
    void assignmentReportedStoresTheAssessmentAndTellsThePeriodWhenItWasTheLast() {
        AssignmentWorkers workers = new AssignmentWorkers(cycle, processes, assignments, notifications, inbox,
                new ReportsComplete(cycle, processes));
        ReportingPeriod period = mock(ReportingPeriod.class);
        when(cycle.isComplete(AUGUST)).thenReturn(true);
        when(cycle.period(AUGUST)).thenReturn(period);
        when(period.getReworkRound()).thenReturn(1);

        workers.reported("2025-34", AUGUST.toString(), List.of(Map.of(), Map.of()), "YELLOW",
                "Försenat på grund av upphandlingen.", 2027);

        verify(cycle).assessed("2025-34", AUGUST, ReportStatus.YELLOW, "Försenat på grund av upphandlingen.", 2027,
                true);
        verify(processes).publish("reports-complete", AUGUST.toString(),
                "reports-complete:2026-INTERIM_AUGUST:1", Map.of());
    }

    @Test
    void assignmentTransferMovesTheOpenTasksAndTheUnsubmittedReports() {
        TaskOutcomes outcomes = new TaskOutcomes(cycle, inbox);

        outcomes.transfer("2025-T8", "UBN", "KS");

        verify(inbox).transfer("2025-T8", "UBN", "KS");
        verify(cycle).responsibilityMoved("2025-T8", "UBN", "KS");
    }
}
