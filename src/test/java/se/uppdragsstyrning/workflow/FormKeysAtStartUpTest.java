package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Form;

import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The job workers start before the start-up deployment has run: a user task handed out in that moment must wait
 * for the form keys, not be stored without its form (it would then reach no secretary's list and get no board
 * report - what the crash test of a restart mid-opening found).
 */
class FormKeysAtStartUpTest {

    @Test
    void aTaskHandedOutBeforeTheDeploymentWaitsForItsFormKey() throws Exception {
        CamundaClient client = mock(CamundaClient.class, RETURNS_DEEP_STUBS);
        DeploymentEvent event = mock(DeploymentEvent.class);
        Form form = mock(Form.class);
        when(form.getFormKey()).thenReturn(42L);
        when(form.getFormId()).thenReturn("board-report");
        when(event.getForm()).thenReturn(List.of(form));
        when(client.newDeployResourceCommand().addResourceBytes(any(), any()).send().join()).thenReturn(event);
        ProcessDeployment deployment = new ProcessDeployment(client, mock(ModelVersionRepository.class),
                mock(PlatformTransactionManager.class), Clock.systemUTC());

        var asking = Executors.newSingleThreadExecutor();
        try {
            Future<String> formId = asking.submit(() -> deployment.formId(42L));
            assertThat(formId.isDone()).isFalse();

            CompletableFuture.runAsync(() -> deployment.deploy(List.of(new ModelFile("board-report.form",
                    "{}".getBytes()))));

            assertThat(formId.get(10, TimeUnit.SECONDS)).isEqualTo("board-report");
        } finally {
            asking.shutdownNow();
        }
    }
}
