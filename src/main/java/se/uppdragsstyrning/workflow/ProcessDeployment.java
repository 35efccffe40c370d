package se.uppdragsstyrning.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the process owner's models, decision tables and forms ({@code bpmn/*.bpmn}, {@code bpmn/*.dmn},
 * {@code forms/*.form} on the classpath) in ONE deployment: Zeebe accepts all of them or none, so a broken
 * model never leaves a half-deployed set. Unchanged resources are not deployed as new versions.
 */
@Component
public class ProcessDeployment {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);
    static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form"};

    private final CamundaClient client;
    private final Map<String, Long> decisionKeys = new ConcurrentHashMap<>();
    private final Map<Long, String> formIds = new ConcurrentHashMap<>();
    private volatile List<DeployedModels.Model> deployed = List.of();

    ProcessDeployment(CamundaClient client) {
        this.client = client;
    }

    /** The resources that make up the application's processes, by file name. */
    public static List<Resource> resources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        return Arrays.stream(PATTERNS).flatMap(pattern -> {
            try {
                return Arrays.stream(resolver.getResources(pattern));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).sorted(Comparator.comparing(Resource::getFilename)).toList();
    }

    public DeploymentEvent deployAll() {
        List<Resource> resources = resources();
        if (resources.isEmpty()) {
            throw new IllegalStateException("Inga processmodeller hittades (bpmn/*.bpmn) att driftsätta");
        }
        DeployResourceCommandStep2 command = null;
        for (Resource resource : resources) {
            byte[] content;
            try {
                content = resource.getContentAsByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            command = command == null
                    ? client.newDeployResourceCommand().addResourceBytes(content, resource.getFilename())
                    : command.addResourceBytes(content, resource.getFilename());
        }
        DeploymentEvent deployment = command.send().join();
        deployment.getDecisions().forEach(d -> decisionKeys.put(d.getDmnDecisionId(), d.getDecisionKey()));
        deployment.getForm().forEach(f -> formIds.put(f.getFormKey(), f.getFormId()));
        deployed = Stream.of(
                deployment.getProcesses().stream().map(p -> new DeployedModels.Model(DeployedModels.Kind.PROCESS,
                        p.getBpmnProcessId(), p.getVersion(), p.getResourceName())),
                deployment.getDecisions().stream().map(d -> new DeployedModels.Model(DeployedModels.Kind.DECISION,
                        d.getDmnDecisionId(), d.getVersion(), d.getDmnDecisionName())),
                deployment.getForm().stream().map(f -> new DeployedModels.Model(DeployedModels.Kind.FORM,
                        f.getFormId(), f.getVersion(), f.getResourceName())))
                .flatMap(s -> s).toList();
        log.info("Driftsatte {} processer, {} beslutstabeller och {} formulär (deployment {})",
                deployment.getProcesses().size(), deployment.getDecisions().size(), deployment.getForm().size(),
                deployment.getKey());
        return deployment;
    }

    /** What the last deployment holds (processes, decision tables, forms), in deployment order. */
    List<DeployedModels.Model> deployed() {
        return deployed;
    }

    /** The form id (e.g. {@code board-report}) of a deployed form's key, as user-task jobs name their form. */
    public String formId(long formKey) {
        return formIds.get(formKey);
    }

    /** The key of the deployed decision's latest version, or null before the first deployment. */
    public Long decisionKey(String decisionId) {
        return decisionKeys.get(decisionId);
    }
}
