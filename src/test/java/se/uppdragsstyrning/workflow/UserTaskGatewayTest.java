package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.tasks.NewTask;
import se.uppdragsstyrning.tasks.ReceivedTask;
import se.uppdragsstyrning.tasks.TaskInbox;

/** The task gateway on a mocked job: what it hands the inbox, and what it tells the engine. */
class UserTaskGatewayTest {

    static final long FORM_KEY = 2251799813685305L;

    TaskInbox inbox = mock(TaskInbox.class);
    PeriodCycle cycle = mock(PeriodCycle.class);
    ProcessDeployment deployment = mock(ProcessDeployment.class);
    CamundaClient client = mock(CamundaClient.class, RETURNS_DEEP_STUBS);
    ActivatedJob job = mock(ActivatedJob.class);
    UserTaskGateway gateway = new UserTaskGateway(inbox, cycle, deployment, client, new ObjectMapper());

    @BeforeEach
    void aBoardReportJob() {
        when(job.getKey()).thenReturn(42L);
        when(job.getProcessInstanceKey()).thenReturn(7L);
        when(job.getElementId()).thenReturn("Task_BoardReport");
        when(job.getBpmnProcessId()).thenReturn("assignment-lifecycle");
        when(job.getCustomHeaders()).thenReturn(Map.of("io.camunda.zeebe:formKey", String.valueOf(FORM_KEY),
                "io.camunda.zeebe:candidateGroups", "[\"SCN\"]",
                "io.camunda.zeebe:dueDate", "2026-09-15T16:00:00+02:00"));
        when(job.getVariablesAsMap()).thenReturn(Map.of("periodId", "2026-INTERIM_AUGUST",
                "assignmentRef", "2025-34", "organisationCode", "SCN"));
        when(deployment.formId(FORM_KEY)).thenReturn("board-report");
        ReportingPeriod period = mock(ReportingPeriod.class);
        when(period.getReworkRound()).thenReturn(1);
        when(cycle.period(PeriodId.parse("2026-INTERIM_AUGUST"))).thenReturn(period);
    }

    @Test
    void aNewTaskIsStoredWithWhatItIsThenHeldByTheEngineForThePeriod() {
        when(inbox.receive(any())).thenReturn(new ReceivedTask(1, ReceivedTask.Kind.NEW, Map.of()));

        gateway.userTask(job);

        ArgumentCaptor<NewTask> stored = ArgumentCaptor.forClass(NewTask.class);
        verify(inbox).receive(stored.capture());
        assertThat(stored.getValue().formId()).isEqualTo("board-report");
        assertThat(stored.getValue().candidateGroup()).isEqualTo("SCN");
        assertThat(stored.getValue().dueAt()).hasToString("2026-09-15T16:00+02:00");
        assertThat(stored.getValue().taskKey())
                .isEqualTo("assignment-lifecycle/Task_BoardReport/2026-INTERIM_AUGUST/2025-34/SCN/r1");
        verify(cycle).taskCreated("2025-34", "SCN", PeriodId.parse("2026-INTERIM_AUGUST"));
        verify(client).newUpdateTimeoutCommand(42L);
        verify(client.newUpdateTimeoutCommand(42L)).timeout(UserTaskGateway.HOLD);
        verify(client, never()).newCompleteCommand(anyLong());
    }

    @Test
    void aTaskCompletedHereBeforeIsCompletedAtOnceWithTheStoredValues() {
        when(inbox.receive(any())).thenReturn(new ReceivedTask(1, ReceivedTask.Kind.DONE_HERE,
                Map.of("status", "YELLOW")));

        gateway.userTask(job);

        verify(client.newCompleteCommand(42L)).variables(Map.<String, Object>of("status", "YELLOW"));
        verify(client, never()).newUpdateTimeoutCommand(anyLong());
        verify(cycle, never()).taskCreated(any(), any(), any());
    }
}
