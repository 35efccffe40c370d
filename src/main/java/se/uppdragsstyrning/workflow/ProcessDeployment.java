package se.uppdragsstyrning.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.DeployResourceCommandStep1.DeployResourceCommandStep2;
import io.camunda.client.api.response.DeploymentEvent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deploys the process owner's models, decision tables and forms in ONE deployment: Zeebe accepts all of them or
 * none, so a broken model never leaves a half-deployed set. What is deployed is the <em>current</em> version of
 * each: the file the application comes with ({@code bpmn/*.bpmn}, {@code bpmn/*.dmn}, {@code forms/*.form} on the
 * classpath), unless a process owner has uploaded (or rolled back to) a later version, which is kept in
 * {@link ModelVersion} and so deployed again on an engine that lacks it (the in-memory engine starts empty). A file
 * the application comes with that differs from the one recorded (a new release) becomes a new version. Zeebe does
 * not make a new version of a resource equal to its latest, so deploying the current set again changes nothing.
 */
@Component
public class ProcessDeployment {

    static final String APPLICATION = "applikationen";
    static final Duration FIRST_DEPLOYMENT_WAIT = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(ProcessDeployment.class);
    static final String[] PATTERNS = {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form"};

    private final CamundaClient client;
    private final ModelVersionRepository versions;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<String, Long> decisionKeys = new ConcurrentHashMap<>();
    private final Map<Long, String> formIds = new ConcurrentHashMap<>();
    /** Open once this process has deployed (and so learnt the forms' keys); job workers may start earlier. */
    private final CountDownLatch firstDeployment = new CountDownLatch(1);

    ProcessDeployment(CamundaClient client, ModelVersionRepository versions,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.client = client;
        this.versions = versions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
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

    static List<ModelFile> bundledFiles() {
        return resources().stream().map(resource -> {
            try {
                return new ModelFile(resource.getFilename(), resource.getContentAsByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    /** A file with what it deploys as. */
    record Identified(ModelFile file, ModelKind kind, String resourceId) {
        String key() {
            return kind + ":" + resourceId;
        }
    }

    /** What one resource became in the engine. */
    record Deployed(int version, long key) {
    }

    /**
     * Deploys the current version of every model, decision table and form (see the class comment), recording the
     * application's own files that are new or changed. Idempotent.
     */
    public DeploymentEvent deployAll() {
        List<ModelFile> bundled = bundledFiles();
        if (bundled.isEmpty()) {
            throw new IllegalStateException("Inga processmodeller hittades (bpmn/*.bpmn) att driftsätta");
        }
        Map<String, Identified> current = new LinkedHashMap<>();
        List<Identified> changedBundled = new ArrayList<>();
        for (ModelFile file : bundled) {
            ModelKind kind = ModelKind.of(file.fileName()).orElseThrow();
            String id = ModelValidator.resourceId(file).orElse(file.fileName());
            Identified identified = new Identified(file, kind, id);
            Optional<ModelVersion> recordedBundled = versions.findFirstByKindAndResourceIdAndOriginOrderByVersionDesc(
                    kind, id, ModelVersion.Origin.BUNDLED);
            if (recordedBundled.isEmpty() || !recordedBundled.get().getContent().equals(file.text())) {
                changedBundled.add(identified);
                current.put(identified.key(), identified);
            }
        }
        // every other model at its latest recorded version (newest first: the first seen of each is the latest)
        for (ModelVersion version : versions.findAllByOrderByKindAscResourceIdAscVersionDesc()) {
            current.putIfAbsent(version.getKind() + ":" + version.getResourceId(),
                    new Identified(version.file(), version.getKind(), version.getResourceId()));
        }
        List<Identified> deploy = List.copyOf(current.values());
        DeploymentEvent event = deploy(deploy.stream().map(Identified::file).toList());
        Map<String, Deployed> deployed = deployed(event);
        transactions.executeWithoutResult(status -> {
            for (Identified model : deploy) {
                Deployed result = deployed.get(model.key());
                if (changedBundled.contains(model)) {
                    int next = versions.findFirstByKindAndResourceIdOrderByVersionDesc(model.kind(), model.resourceId())
                            .map(v -> v.getVersion() + 1).orElse(1);
                    ModelVersion version = new ModelVersion(model.kind(), model.resourceId(), next, model.file(),
                            ModelVersion.Origin.BUNDLED, null, clock.instant(), APPLICATION);
                    if (result != null) {
                        version.deployedAs(result.version(), result.key());
                    }
                    versions.save(version);
                } else if (result != null) {
                    versions.findFirstByKindAndResourceIdOrderByVersionDesc(model.kind(), model.resourceId())
                            .ifPresent(v -> v.deployedAs(result.version(), result.key()));
                }
            }
        });
        log.info("Driftsatte {} processer, {} beslutstabeller och {} formulär (deployment {}, {} nya från applikationen)",
                event.getProcesses().size(), event.getDecisions().size(), event.getForm().size(), event.getKey(),
                changedBundled.size());
        return event;
    }

    /** Record the application's new files once, also when two instances start at the same moment. */
    void deployAllOnce() {
        try {
            deployAll();
        } catch (DataIntegrityViolationException recordedMeanwhile) {
            log.info("Another instance of the application recorded the models' versions first");
            deployAll();
        }
    }

    /** Deploys the files in one deployment (all or nothing) and remembers the decisions' and forms' keys. */
    DeploymentEvent deploy(List<ModelFile> files) {
        DeploymentEvent deployment = deployCommand(client, files).send().join();
        deployment.getDecisions().forEach(d -> decisionKeys.put(d.getDmnDecisionId(), d.getDecisionKey()));
        deployment.getForm().forEach(f -> formIds.put(f.getFormKey(), f.getFormId()));
        firstDeployment.countDown();
        return deployment;
    }

    /** One deployment command carrying every file (a deployment is all or nothing). */
    static DeployResourceCommandStep2 deployCommand(CamundaClient client, List<ModelFile> files) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("Nothing to deploy");
        }
        DeployResourceCommandStep2 command = client.newDeployResourceCommand()
                .addResourceBytes(files.get(0).content(), files.get(0).fileName());
        for (ModelFile file : files.subList(1, files.size())) {
            command = command.addResourceBytes(file.content(), file.fileName());
        }
        return command;
    }

    /** What each resource of a deployment became, by kind and id. */
    static Map<String, Deployed> deployed(DeploymentEvent event) {
        Map<String, Deployed> deployed = new LinkedHashMap<>();
        event.getProcesses().forEach(p -> deployed.put(ModelKind.PROCESS + ":" + p.getBpmnProcessId(),
                new Deployed(p.getVersion(), p.getProcessDefinitionKey())));
        event.getDecisions().forEach(d -> deployed.put(ModelKind.DECISION + ":" + d.getDmnDecisionId(),
                new Deployed(d.getVersion(), d.getDecisionKey())));
        event.getForm().forEach(f -> deployed.put(ModelKind.FORM + ":" + f.getFormId(),
                new Deployed(f.getVersion(), f.getFormKey())));
        return deployed;
    }

    /**
     * The form id (e.g. {@code board-report}) of a deployed form's key, as user-task jobs name their form. The job
     * workers start before the start-up deployment has told this process the keys: a job asking then waits for it
     * (a task stored without its form would reach nobody's list), at most {@link #FIRST_DEPLOYMENT_WAIT}.
     */
    public String formId(long formKey) {
        String formId = formIds.get(formKey);
        if (formId != null) {
            return formId;
        }
        try {
            if (firstDeployment.await(FIRST_DEPLOYMENT_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                return formIds.get(formKey);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("The models are not deployed yet; form key " + formKey + " is unknown");
    }

    /** The key of the deployed decision's latest version, or null before the first deployment. */
    public Long decisionKey(String decisionId) {
        return decisionKeys.get(decisionId);
    }
}
