package se.uppdragsstyrning.workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.search.enums.IncidentState;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;
import se.uppdragsstyrning.tasks.OpenTaskCount;
import se.uppdragsstyrning.tasks.TaskInbox;

/**
 * The process owner's view of what is deployed and the way to change it: every model, decision table and form with
 * its versions (who deployed each, when, with the application or uploaded), running instances and open tasks per
 * element from the application's own records, uploads validated before they reach the engine
 * ({@link ModelValidator}) and recorded with their changes ({@link ModelDiff}), roll-back to an earlier version,
 * and the incidents of jobs whose retries ran out, retried once the cause is fixed.
 */
@Service
public class ModelCatalogue {

    private static final Logger log = LoggerFactory.getLogger(ModelCatalogue.class);
    static final int RETRIES_AFTER_FIX = 3;

    private final ProcessDeployment deployment;
    private final ModelVersionRepository versions;
    private final ProcessLinkRepository links;
    private final JobFailureRepository failures;
    private final JobWorkerTypes workers;
    private final TaskInbox inbox;
    private final PeriodCycle cycle;
    private final CamundaClient client;
    private final ObjectProvider<IncidentKeys> incidentKeys;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ModelCatalogue(ProcessDeployment deployment, ModelVersionRepository versions, ProcessLinkRepository links,
            JobFailureRepository failures, JobWorkerTypes workers, TaskInbox inbox, PeriodCycle cycle, CamundaClient client,
            ObjectProvider<IncidentKeys> incidentKeys, MessageSource messages,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.deployment = deployment;
        this.versions = versions;
        this.links = links;
        this.failures = failures;
        this.workers = workers;
        this.inbox = inbox;
        this.cycle = cycle;
        this.client = client;
        this.incidentKeys = incidentKeys;
        this.messages = messages;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** One version as recorded. */
    public record Version(ModelKind kind, String resourceId, int version, String fileName, String origin,
            Integer restoredFrom, Instant deployedAt, String deployedBy, Integer engineVersion, boolean current,
            long runningInstances) {
    }

    /** A model, decision table or form: its current version and every version before it (newest first). */
    public record Entry(ModelKind kind, String resourceId, Version current, List<Version> versions,
            long runningInstances, long openTasks, long incidents) {
    }

    /** An element of a process version with what the application's records have there. */
    public record ElementCount(String elementId, String type, String name, long openTasks, long incidents) {
    }

    /** A version shown in full: its changes against the version before, and for a process the diagram. */
    public record Detail(Entry entry, Version shown, List<ModelChange> changes, String svg,
            List<ElementCount> elements, List<Incident> incidents) {
    }

    /** A job whose retries ran out: the instance waits at the element until it is retried. */
    public record Incident(long id, String processId, String elementId, String jobType, String businessRef,
            int retriesLeft, Instant since, String message) {
    }

    /** A version an upload or a roll-back deployed, with its changes against the version before. */
    public record Deployed(Version version, List<ModelChange> changes) {
    }

    // ------------------------------------------------------------------ catalogue

    /** The current version of every model, decision table and form, without the counts of the catalogue. */
    @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
    public List<Version> currentVersions() {
        Map<String, ModelVersion> latest = new LinkedHashMap<>();
        versions.findAllByOrderByKindAscResourceIdAscVersionDesc()
                .forEach(v -> latest.putIfAbsent(v.getKind() + ":" + v.getResourceId(), v));
        return latest.values().stream().map(v -> plain(v, true)).toList();
    }

    @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
    public List<Entry> catalogue() {
        Counts counts = counts();
        Map<String, List<ModelVersion>> byResource = versions.findAllByOrderByKindAscResourceIdAscVersionDesc()
                .stream().collect(Collectors.groupingBy(v -> v.getKind() + ":" + v.getResourceId(),
                        LinkedHashMap::new, Collectors.toList()));
        return byResource.values().stream().map(list -> entry(list, counts)).toList();
    }

    @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
    public Optional<Detail> detail(ModelKind kind, String resourceId, Integer version) {
        List<ModelVersion> list = versions.findByKindAndResourceIdOrderByVersionDesc(kind, resourceId);
        if (list.isEmpty()) {
            return Optional.empty();
        }
        Counts counts = counts();
        Entry entry = entry(list, counts);
        ModelVersion shown = version == null ? list.get(0)
                : list.stream().filter(v -> v.getVersion() == version).findFirst().orElse(null);
        if (shown == null) {
            return Optional.empty();
        }
        ModelVersion previous = list.stream().filter(v -> v.getVersion() < shown.getVersion()).findFirst()
                .orElse(null);
        List<ModelChange> changes = ModelDiff.between(kind, previous == null ? null : previous.getContent(),
                shown.getContent());
        String svg = "";
        List<ElementCount> elements = List.of();
        List<Incident> incidents = List.of();
        if (kind == ModelKind.PROCESS) {
            Map<String, Long> tasks = counts.tasksByElement(resourceId, shown, list);
            Map<String, Long> raised = counts.incidentsByElement(resourceId, shown, list);
            svg = DiagramSvg.render(shown.getContent(), tasks, raised);
            elements = ModelDiff.between(kind, null, shown.getContent()).stream()
                    .filter(c -> !"sequenceFlow".equals(c.what()) && !"message".equals(c.what())
                            && !"process".equals(c.what()))
                    .map(c -> new ElementCount(c.id(), c.what(), c.name(), tasks.getOrDefault(c.id(), 0L),
                            raised.getOrDefault(c.id(), 0L)))
                    .toList();
            incidents = counts.incidents.stream().filter(i -> resourceId.equals(i.getProcessId()))
                    .map(ModelCatalogue::incident).toList();
        }
        return Optional.of(new Detail(entry, version(shown, list, counts), changes, svg, elements, incidents));
    }

    /** The file of a version, as it was deployed. */
    @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
    public Optional<ModelFile> file(ModelKind kind, String resourceId, int version) {
        return versions.findByKindAndResourceIdAndVersion(kind, resourceId, version).map(ModelVersion::file);
    }

    // ------------------------------------------------------------------ upload

    /** The problems of an upload, in Swedish with file, element and line; empty when it may be deployed. */
    @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
    public List<Problem> validate(List<ModelFile> files) {
        return texts(checked(files).problems());
    }

    /**
     * Validates the files and, when nothing is wrong, deploys them in one deployment and records each as the new
     * version of its model. On any problem nothing is deployed or recorded.
     *
     * @throws ProblemsException (400) with every problem
     */
    @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
    public List<Deployed> deploy(List<ModelFile> files) {
        List<ModelValidator.Checked> models = validated(files);
        List<Problem> unchanged = new ArrayList<>();
        for (ModelValidator.Checked model : models) {
            versions.findFirstByKindAndResourceIdOrderByVersionDesc(model.kind(), model.resourceId())
                    .filter(latest -> latest.getContent().equals(model.file().text()))
                    .ifPresent(latest -> unchanged.add(new Problem(model.file().fileName(),
                            text("model.unchanged", model.file().fileName(), model.resourceId(),
                                    latest.getVersion()))));
        }
        if (!unchanged.isEmpty()) {
            throw new ProblemsException(unchanged);
        }
        List<Recorded> recorded = models.stream()
                .map(m -> new Recorded(m.kind(), m.resourceId(), m.file(), ModelVersion.Origin.UPLOADED, null))
                .toList();
        return deployAndRecord(recorded);
    }

    /** Deploys an earlier version again as the newest: a new version number, recorded as a roll-back. */
    @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
    public Deployed rollback(ModelKind kind, String resourceId, int version) {
        ModelVersion earlier = versions.findByKindAndResourceIdAndVersion(kind, resourceId, version)
                .orElseThrow(() -> new ProblemsException(HttpStatus.NOT_FOUND,
                        List.of(Problem.of(text("model.rollback.unknown", resourceId, version)))));
        ModelVersion latest = versions.findFirstByKindAndResourceIdOrderByVersionDesc(kind, resourceId).orElseThrow();
        if (latest.getContent().equals(earlier.getContent())) {
            throw new ProblemsException(List.of(Problem.of(text("model.rollback.current", resourceId, version,
                    latest.getVersion()))));
        }
        return deployAndRecord(List.of(new Recorded(kind, resourceId, earlier.file(), ModelVersion.Origin.ROLLBACK,
                version))).get(0);
    }

    private record Recorded(ModelKind kind, String resourceId, ModelFile file, ModelVersion.Origin origin,
            Integer restoredFrom) {
    }

    private List<Deployed> deployAndRecord(List<Recorded> models) {
        DeploymentEvent event;
        try {
            event = deployment.deploy(models.stream().map(Recorded::file).toList());
        } catch (ClientStatusException refused) {
            throw new ProblemsException(List.of(Problem.of(text("model.engine.refused", refused.getMessage()))));
        }
        Map<String, ProcessDeployment.Deployed> deployed = ProcessDeployment.deployed(event);
        String user = currentUser();
        List<Deployed> result = transactions.execute(status -> {
            List<Deployed> done = new ArrayList<>();
            for (Recorded model : models) {
                Optional<ModelVersion> previous = versions.findFirstByKindAndResourceIdOrderByVersionDesc(
                        model.kind(), model.resourceId());
                ModelVersion version = new ModelVersion(model.kind(), model.resourceId(),
                        previous.map(v -> v.getVersion() + 1).orElse(1), model.file(), model.origin(),
                        model.restoredFrom(), clock.instant(), user);
                ProcessDeployment.Deployed engine = deployed.get(model.kind() + ":" + model.resourceId());
                if (engine != null) {
                    version.deployedAs(engine.version(), engine.key());
                }
                versions.save(version);
                List<ModelChange> changes = ModelDiff.between(model.kind(),
                        previous.map(ModelVersion::getContent).orElse(null), version.getContent());
                done.add(new Deployed(plain(version, true), changes));
                log.info("{} driftsatte {} {} version {} ({}, {} ändringar)", user, model.kind(), model.resourceId(),
                        version.getVersion(), model.origin(), changes.size());
            }
            return done;
        });
        return result;
    }

    /** The files as validated for deployment; a {@link ProblemsException} (400) with every problem otherwise. */
    List<ModelValidator.Checked> validated(List<ModelFile> files) {
        ModelValidator.Result result = checked(files);
        if (!result.ok()) {
            throw new ProblemsException(texts(result.problems()));
        }
        return result.models();
    }

    private ModelValidator.Result checked(List<ModelFile> files) {
        return new ModelValidator(workers.types()).validate(files, deployedForms());
    }

    /** A dry run's files with the warnings it runs with (the contract's problems, which a deployment refuses). */
    record DryRunFiles(List<ModelValidator.Checked> models, List<Problem> warnings) {
    }

    /**
     * The files as checked for a dry run: what the engine cannot run (parse errors, Zeebe's own validation) is a
     * {@link ProblemsException} (400); what only breaks this application's contract comes back as warnings.
     */
    DryRunFiles checkedForDryRun(List<ModelFile> files) {
        ModelValidator.Lenient result = new ModelValidator(workers.types()).validateLeniently(files, deployedForms());
        if (!result.errors().isEmpty()) {
            throw new ProblemsException(texts(result.errors()));
        }
        return new DryRunFiles(result.models(), texts(result.warnings()));
    }

    private Set<String> deployedForms() {
        return versions.findAllByOrderByKindAscResourceIdAscVersionDesc().stream()
                .filter(v -> v.getKind() == ModelKind.FORM).map(ModelVersion::getResourceId)
                .collect(Collectors.toSet());
    }

    // ------------------------------------------------------------------ incidents

    @PreAuthorize("hasAnyRole('COORDINATOR','PROCESS_OWNER','ADMIN')")
    public List<Incident> incidents() {
        return failures.findByResolvedAtIsNullAndRetriesLeftLessThanEqualOrderByFailedAtDescIdDesc(0).stream()
                .map(ModelCatalogue::incident).toList();
    }

    /** The incidents of a period: of its own process and of the lifecycles of the assignments taking part. */
    @PreAuthorize("hasAnyRole('COORDINATOR','PROCESS_OWNER','ADMIN')")
    public List<Incident> incidentsOfPeriod(String periodId) {
        PeriodId id = PeriodId.parse(periodId);
        Set<String> refs = new HashSet<>();
        refs.add(id.toString());
        cycle.takingPart(id).forEach(p -> refs.add(p.assignmentRef()));
        return failures.findByResolvedAtIsNullAndRetriesLeftLessThanEqualOrderByFailedAtDescIdDesc(0).stream()
                .filter(f -> refs.contains(f.getBusinessRef())).map(ModelCatalogue::incident).toList();
    }

    /**
     * Gives the job of an incident new retries and resolves the incident: the engine hands the job to its worker
     * again and, when the cause is fixed, the instance goes on. Every failure of the job is marked as dealt with.
     */
    @PreAuthorize("hasAnyRole('COORDINATOR','PROCESS_OWNER','ADMIN')")
    public void retry(long incidentId) {
        JobFailure failure = failures.findById(incidentId).filter(f -> f.isIncident())
                .orElseThrow(() -> new ProblemsException(HttpStatus.NOT_FOUND,
                        List.of(Problem.of(text("incident.unknown", incidentId)))));
        Long incidentKey = incidentKey(failure.getJobKey());
        try {
            client.newUpdateRetriesCommand(failure.getJobKey()).retries(RETRIES_AFTER_FIX).send().join();
            if (incidentKey != null) {
                client.newResolveIncidentCommand(incidentKey).send().join();
            }
        } catch (ClientStatusException e) {
            throw new ProblemsException(HttpStatus.CONFLICT,
                    List.of(Problem.of(text("incident.retryFailed", e.getMessage()))));
        }
        transactions.executeWithoutResult(status -> failures.resolve(failure.getJobKey(), clock.instant()));
        log.info("{} gav jobbet {} ({}, {}) nya försök", currentUser(), failure.getJobKey(), failure.getJobType(),
                failure.getElementId());
    }

    private Long incidentKey(long jobKey) {
        IncidentKeys embedded = incidentKeys.getIfAvailable();
        if (embedded != null) {
            return embedded.forJob(jobKey).orElse(null);
        }
        try {
            return client.newIncidentSearchRequest().filter(f -> f.jobKey(jobKey).state(IncidentState.ACTIVE))
                    .send().join().items().stream().findFirst().map(i -> i.getIncidentKey()).orElse(null);
        } catch (RuntimeException e) {
            log.warn("The incident of job {} could not be looked up: {}", jobKey, e.getMessage());
            return null;
        }
    }

    private static Incident incident(JobFailure f) {
        return new Incident(f.getId(), f.getProcessId(), f.getElementId(), f.getJobType(), f.getBusinessRef(),
                f.getRetriesLeft(), f.getFailedAt(), f.getErrorMessage());
    }

    // ------------------------------------------------------------------ counts

    /** The application's records of what runs where: links, open tasks, incidents. */
    private final class Counts {
        final List<ProcessLink> running = links.findByEndedAtIsNullOrderByStartedAtDesc();
        final Map<Long, ProcessLink> byInstance = new HashMap<>();
        final List<OpenTaskCount> tasks = inbox.openTaskCounts();
        final List<JobFailure> incidents = failures
                .findByResolvedAtIsNullAndRetriesLeftLessThanEqualOrderByFailedAtDescIdDesc(0);

        Counts() {
            running.forEach(l -> byInstance.put(l.getProcessInstanceKey(), l));
        }

        /** Whether an instance runs on this version: its definition key, or (unknown) the current version. */
        boolean on(long instanceKey, ModelVersion version, List<ModelVersion> all) {
            ProcessLink link = byInstance.get(instanceKey);
            if (link == null) {
                return false;
            }
            Long key = link.getProcessDefinitionKey();
            ModelVersion owner = key == null ? null
                    : all.stream().filter(v -> key.equals(v.getEngineKey())).findFirst().orElse(null);
            return owner == null ? version == all.get(0) : owner == version;
        }

        long instances(String processId, ModelVersion version, List<ModelVersion> all) {
            return running.stream().filter(l -> processId.equals(l.getProcessId()))
                    .filter(l -> on(l.getProcessInstanceKey(), version, all)).count();
        }

        Map<String, Long> tasksByElement(String processId, ModelVersion version, List<ModelVersion> all) {
            Map<String, Long> counts = new HashMap<>();
            tasks.stream().filter(t -> processId.equals(t.processId()))
                    .filter(t -> on(t.processInstanceKey(), version, all))
                    .forEach(t -> counts.merge(t.elementId(), t.count(), Long::sum));
            return counts;
        }

        Map<String, Long> incidentsByElement(String processId, ModelVersion version, List<ModelVersion> all) {
            Map<String, Long> counts = new HashMap<>();
            Set<Long> jobs = new HashSet<>();
            incidents.stream().filter(f -> processId.equals(f.getProcessId()))
                    .filter(f -> on(f.getProcessInstanceKey(), version, all) || !byInstance.containsKey(
                            f.getProcessInstanceKey()) && version == all.get(0))
                    .filter(f -> jobs.add(f.getJobKey()))
                    .forEach(f -> counts.merge(f.getElementId(), 1L, Long::sum));
            return counts;
        }
    }

    private Counts counts() {
        return new Counts();
    }

    private Entry entry(List<ModelVersion> list, Counts counts) {
        List<Version> all = list.stream().map(v -> version(v, list, counts)).toList();
        ModelVersion current = list.get(0);
        boolean process = current.getKind() == ModelKind.PROCESS;
        String id = current.getResourceId();
        long tasks = process ? counts.tasks.stream().filter(t -> id.equals(t.processId()))
                .mapToLong(OpenTaskCount::count).sum() : 0;
        long raised = process ? counts.incidents.stream().filter(f -> id.equals(f.getProcessId()))
                .map(JobFailure::getJobKey).distinct().count() : 0;
        return new Entry(current.getKind(), id, all.get(0), all,
                all.stream().mapToLong(Version::runningInstances).sum(), tasks, raised);
    }

    private Version version(ModelVersion v, List<ModelVersion> all, Counts counts) {
        long instances = v.getKind() == ModelKind.PROCESS ? counts.instances(v.getResourceId(), v, all) : 0;
        return new Version(v.getKind(), v.getResourceId(), v.getVersion(), v.getFileName(), v.getOrigin().name(),
                v.getRestoredFrom(), v.getDeployedAt(), v.getDeployedBy(), v.getEngineVersion(), v == all.get(0),
                instances);
    }

    private static Version plain(ModelVersion v, boolean current) {
        return new Version(v.getKind(), v.getResourceId(), v.getVersion(), v.getFileName(), v.getOrigin().name(),
                v.getRestoredFrom(), v.getDeployedAt(), v.getDeployedBy(), v.getEngineVersion(), current, 0);
    }

    // ------------------------------------------------------------------ texts

    private List<Problem> texts(List<ModelProblem> problems) {
        return problems.stream().sorted(Comparator.comparing((ModelProblem p) -> String.valueOf(p.fileName()))
                .thenComparing(p -> p.line() == null ? Integer.MAX_VALUE : p.line())).map(this::text).toList();
    }

    private Problem text(ModelProblem problem) {
        String message = text(problem.key(), problem.args().toArray());
        String where;
        if (problem.fileName() == null) {
            where = message;
        } else if (problem.elementId() != null && problem.line() != null) {
            where = text("model.problem.where", problem.fileName(), problem.elementId(), String.valueOf(problem.line()), message);
        } else if (problem.elementId() != null) {
            where = text("model.problem.whereNoLine", problem.fileName(), problem.elementId(), message);
        } else if (problem.line() != null) {
            where = text("model.problem.file", problem.fileName(), String.valueOf(problem.line()), message);
        } else {
            where = text("model.problem.fileOnly", problem.fileName(), message);
        }
        String path = problem.fileName() == null ? null
                : problem.fileName() + (problem.elementId() == null ? "" : "#" + problem.elementId());
        return new Problem(path, where);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String currentUser() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        return user == null ? ProcessDeployment.APPLICATION : user.getName();
    }
}
