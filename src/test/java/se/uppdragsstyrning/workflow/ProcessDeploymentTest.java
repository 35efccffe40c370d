package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.command.DeployResourceCommandStep1;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.stubbing.Answer;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What is deployed at start-up and when the engine has lost its state: the current version of each model, so that
 * an uploaded version survives a restart (the in-memory engine starts empty), and the application's own files are
 * recorded as versions when they are new or changed.
 */
class ProcessDeploymentTest {

    CamundaClient client = mock(CamundaClient.class);
    ModelVersionRepository versions = mock(ModelVersionRepository.class);
    Map<String, String> sent = new LinkedHashMap<>();
    ProcessDeployment deployment = new ProcessDeployment(client, versions, mock(PlatformTransactionManager.class),
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    @SuppressWarnings("unchecked")
    void engine() {
        DeployResourceCommandStep1 first = mock(DeployResourceCommandStep1.class);
        DeployResourceCommandStep2 more = mock(DeployResourceCommandStep2.class);
        Answer<DeployResourceCommandStep2> add = call -> {
            sent.put(call.getArgument(1), new String((byte[]) call.getArgument(0), StandardCharsets.UTF_8));
            return more;
        };
        when(client.newDeployResourceCommand()).thenReturn(first);
        when(first.addResourceBytes(any(byte[].class), anyString())).thenAnswer(add);
        when(more.addResourceBytes(any(byte[].class), anyString())).thenAnswer(add);
        CamundaFuture<DeploymentEvent> future = mock(CamundaFuture.class);
        DeploymentEvent event = mock(DeploymentEvent.class);
        when(more.send()).thenReturn(future);
        when(future.join()).thenReturn(event);
        when(versions.findFirstByKindAndResourceIdAndOriginOrderByVersionDesc(any(), any(), any()))
                .thenReturn(Optional.empty());
        when(versions.findFirstByKindAndResourceIdOrderByVersionDesc(any(), any())).thenReturn(Optional.empty());
        when(versions.findAllByOrderByKindAscResourceIdAscVersionDesc()).thenReturn(List.of());
    }

    @Test
    void onAFirstStartTheApplicationsFilesAreDeployedAndRecordedAsVersionOne() {
        deployment.deployAll();

        assertThat(sent).containsOnlyKeys("assignment-lifecycle.bpmn", "board-report.form", "combined-status.dmn",
                "compilation.form", "goal-status.dmn", "ks-approval.form", "reporting-period.bpmn");
        ArgumentCaptor<ModelVersion> recorded = ArgumentCaptor.forClass(ModelVersion.class);
        verify(versions, org.mockito.Mockito.times(7)).save(recorded.capture());
        assertThat(recorded.getAllValues()).allSatisfy(v -> {
            assertThat(v.getVersion()).isEqualTo(1);
            assertThat(v.getOrigin()).isEqualTo(ModelVersion.Origin.BUNDLED);
            assertThat(v.getDeployedBy()).isEqualTo("applikationen");
        });
    }

    @Test
    void anUploadedVersionNewerThanTheApplicationsFileIsWhatIsDeployedAgain() {
        ModelFile bundled = ModelValidatorTest.bundled("goal-status.dmn");
        ModelFile uploaded = ModelValidatorTest.changed("goal-status.dmn",
                t -> t.replace("<text>&gt;= 0.8</text>", "<text>&gt;= 0.9</text>"));
        ModelVersion one = new ModelVersion(ModelKind.DECISION, "goal-status", 1, bundled,
                ModelVersion.Origin.BUNDLED, null, Instant.EPOCH, "applikationen");
        ModelVersion two = new ModelVersion(ModelKind.DECISION, "goal-status", 2, uploaded,
                ModelVersion.Origin.UPLOADED, null, Instant.EPOCH, "processagare");
        when(versions.findFirstByKindAndResourceIdAndOriginOrderByVersionDesc(ModelKind.DECISION, "goal-status",
                ModelVersion.Origin.BUNDLED)).thenReturn(Optional.of(one));
        when(versions.findFirstByKindAndResourceIdOrderByVersionDesc(ModelKind.DECISION, "goal-status"))
                .thenReturn(Optional.of(two));
        when(versions.findAllByOrderByKindAscResourceIdAscVersionDesc()).thenReturn(List.of(two, one));

        deployment.deployAll();

        assertThat(sent.get("goal-status.dmn")).isEqualTo(uploaded.text());
        verify(versions, never()).save(eq(two));
        ArgumentCaptor<ModelVersion> recorded = ArgumentCaptor.forClass(ModelVersion.class);
        verify(versions, org.mockito.Mockito.times(6)).save(recorded.capture());
        assertThat(recorded.getAllValues()).noneMatch(v -> "goal-status".equals(v.getResourceId()));
    }
}
