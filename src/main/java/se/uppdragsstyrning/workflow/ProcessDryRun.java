package se.uppdragsstyrning.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.camunda.client.api.command.ClientStatusException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.client.api.response.Process;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.annotation.JsonProperty;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.reporting.AssessmentEntry;
import se.uppdragsstyrning.reporting.BoardReportEntry;
import se.uppdragsstyrning.reporting.Participant;
import se.uppdragsstyrning.reporting.PeriodCycle;
import se.uppdragsstyrning.reporting.PeriodOpened;
import se.uppdragsstyrning.reporting.PeriodService;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/**
 * The dry run of a process model ({@code assignment-lifecycle}, {@code reporting-period}, with forms and decision
 * tables uploaded beside it): the last closed period is replayed on a throw-away in-memory engine
 * ({@link ThrowAwayEngine}), first through the current versions, then through the candidate. Recording workers
 * play the application's part - they start the lifecycles when the period opens, publish its messages, submit each
 * organisation's stored report at the time it came in (a report without a time, as the imported ones, at noon on
 * the due day), compile, approve at kommunstyrelsen's date - and the engine's clock is moved on between them, so
 * reminders and escalations fire as they would have. Nothing reaches the live engine, the database or anyone's
 * inbox: the workers only count. The candidate is checked leniently: what breaks this application's contract (a
 * removed timer, an unknown job type) is a warning here, while a deployment still refuses it.
 */
@Service
public class ProcessDryRun {

    private static final Logger log = LoggerFactory.getLogger(ProcessDryRun.class);

    static final String USER_TASK = "io.camunda.zeebe:userTask";
    static final String REMIND = "task.remind";
    static final Set<String> ESCALATE = Set.of("task.escalate", "period.escalate");
    private static final Duration MESSAGE_TTL = Duration.ofHours(1);
    /** How long after the last action the engine's clock runs on, so that every timer left fires. */
    private static final Duration AFTERWARDS = Duration.ofDays(60);
    private static final int MAX_STEPS = 5_000;
    /**
     * The element types that contain others, by name: the in-memory engine's protocol classes are absent from the
     * production jar, so this class must load without them (a dry run there answers 409 before any is used).
     */
    private static final Set<String> CONTAINERS = Set.of("PROCESS", "SUB_PROCESS", "MULTI_INSTANCE_BODY",
            "EVENT_SUB_PROCESS");

    private final ModelCatalogue catalogue;
    private final DecisionDryRun decisions;
    private final ModelVersionRepository versions;
    private final JobWorkerTypes workers;
    private final ReportingService reporting;
    private final PeriodCycle cycle;
    private final PeriodService periods;
    private final AssignmentService assignments;
    private final MessageSource messages;
    private final ZoneId zone;

    ProcessDryRun(ModelCatalogue catalogue, DecisionDryRun decisions, ModelVersionRepository versions,
            JobWorkerTypes workers, ReportingService reporting, PeriodCycle cycle, PeriodService periods,
            AssignmentService assignments, MessageSource messages, Clock clock) {
        this.catalogue = catalogue;
        this.decisions = decisions;
        this.versions = versions;
        this.workers = workers;
        this.reporting = reporting;
        this.cycle = cycle;
        this.periods = periods;
        this.assignments = assignments;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** How often something happened at an element (tasks created, jobs worked), current and candidate. */
    public record Count(String processId, String elementId, String name, long current, long candidate) {
        @JsonProperty
        public boolean changed() {
            return current != candidate;
        }
    }

    /** A total (reminders, escalations, tasks, incidents): current and candidate. */
    public record Totals(long current, long candidate) {
        @JsonProperty
        public boolean changed() {
            return current != candidate;
        }
    }

    /** How an instance ends (or where it waits at the end of the replay), current and candidate. */
    public record Outcome(String processId, String ref, String current, String candidate) {
        @JsonProperty
        public boolean changed() {
            return !Objects.equals(current, candidate);
        }
    }

    /** How many instances ended (or wait) this way, current and candidate. */
    public record Ending(String processId, String ending, long current, long candidate) {
        @JsonProperty
        public boolean changed() {
            return current != candidate;
        }
    }

    /** An incident the replay raised: on which side ("current" or "candidate"), where, and the engine's message. */
    public record IncidentSeen(String side, String processId, String ref, String elementId, String message) {
    }

    /** A current version the candidate is compared with. */
    public record CurrentVersion(String processId, int version) {
    }

    /** The replay of the period through the current versions and through the candidate, side by side. */
    public record Result(String period, List<CurrentVersion> currentVersions, List<String> candidateFiles,
            List<Problem> warnings, int assignments, Totals reminders, Totals escalations, Totals tasks,
            Totals incidents, List<Count> userTasks, List<Count> serviceTasks, List<Ending> endings,
            List<Outcome> instances, List<IncidentSeen> incidentList) {

        /** How many figures and outcomes differ between the current versions and the candidate. */
        @JsonProperty
        public long changes() {
            return userTasks.stream().filter(Count::changed).count()
                    + serviceTasks.stream().filter(Count::changed).count()
                    + instances.stream().filter(Outcome::changed).count()
                    + (incidents.changed() ? 1 : 0);
        }
    }

    /** Whether the upload holds a process model (then it is this dry run's, otherwise the decision tables'). */
    public static boolean holdsProcess(List<ModelFile> files) {
        return files.stream().anyMatch(f -> ModelKind.of(f.fileName()).orElse(null) == ModelKind.PROCESS);
    }

    /**
     * Replays the last closed period through the current versions and through the uploaded files.
     *
     * @throws ProblemsException 400 when a file cannot run on the engine (the contract's problems are warnings),
     *         409 when this installation has no in-memory engine or no closed period
     */
    @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
    public Result dryRun(List<ModelFile> files) {
        ModelCatalogue.DryRunFiles checked = catalogue.checkedForDryRun(files);
        ReportingPeriod period = decisions.lastClosedPeriod();
        Replay replay = replay(period);
        Map<String, ModelVersion> current = new LinkedHashMap<>();
        versions.findAllByOrderByKindAscResourceIdAscVersionDesc()
                .forEach(v -> current.putIfAbsent(v.getKind() + ":" + v.getResourceId(), v));
        List<ModelFile> candidate = checked.models().stream().map(ModelValidator.Checked::file).toList();
        Map<String, String> names = new HashMap<>();
        current.values().stream().filter(v -> v.getKind() == ModelKind.PROCESS)
                .forEach(v -> names.putAll(elementNames(v.getContent())));
        candidate.stream().filter(f -> ModelKind.of(f.fileName()).orElse(null) == ModelKind.PROCESS)
                .forEach(f -> names.putAll(elementNames(f.text())));
        long started = System.nanoTime();
        Side before;
        Side after;
        Map<String, String> beforeOutcomes;
        Map<String, String> afterOutcomes;
        List<IncidentSeen> beforeIncidents;
        List<IncidentSeen> afterIncidents;
        try (ThrowAwayEngine engine = ThrowAwayEngine.start()) {
            DeploymentEvent deployed = engine.deploy(current.values().stream().map(ModelVersion::file).toList());
            Map<String, Long> keys = processKeys(deployed);
            before = new Side(engine, keys, replay).run();
            beforeOutcomes = before.outcomes(names);
            beforeIncidents = before.incidents("current");
            before.cancelRest();
            engine.advance(AFTERWARDS);
            Map<String, Long> candidateKeys = new HashMap<>(keys);
            candidateKeys.putAll(processKeys(engine.deploy(candidate)));
            after = new Side(engine, candidateKeys, replay).run();
            afterOutcomes = after.outcomes(names);
            afterIncidents = after.incidents("candidate");
        } catch (ClientStatusException refused) {
            throw new ProblemsException(List.of(Problem.of(text("dryrun.process.refused", refused.getMessage()))));
        }
        log.info("Dry run of {} over {}: {} assignments replayed twice in {} ms", candidate.stream()
                .map(ModelFile::fileName).toList(), period.periodId(), replay.participants().size(),
                (System.nanoTime() - started) / 1_000_000);
        List<CurrentVersion> compared = current.values().stream().filter(v -> v.getKind() == ModelKind.PROCESS)
                .map(v -> new CurrentVersion(v.getResourceId(), v.getVersion())).toList();
        List<IncidentSeen> incidents = new ArrayList<>(beforeIncidents);
        incidents.addAll(afterIncidents);
        return new Result(period.periodId().toString(), compared, candidate.stream().map(ModelFile::fileName).toList(),
                checked.warnings(), replay.participants().size(),
                new Totals(before.jobsOfTypes(Set.of(REMIND)), after.jobsOfTypes(Set.of(REMIND))),
                new Totals(before.jobsOfTypes(ESCALATE), after.jobsOfTypes(ESCALATE)),
                new Totals(before.userTasks.values().stream().mapToLong(Long::longValue).sum(),
                        after.userTasks.values().stream().mapToLong(Long::longValue).sum()),
                new Totals(beforeIncidents.size(), afterIncidents.size()),
                counts(before.userTasks, after.userTasks, names), counts(before.serviceTasks, after.serviceTasks, names),
                endings(beforeOutcomes, afterOutcomes), outcomes(beforeOutcomes, afterOutcomes), incidents);
    }

    // ------------------------------------------------------------------ what is replayed

    /** One organisation's report as it came in (the time may be null). */
    record Report(String status, String assessment, Integer estimatedEndYear, String comment, Instant submittedAt) {
    }

    /**
     * The period as the replay runs it, in offsets from its opening: the participants with their reports by
     * organisation, and when the reminder, the due dates and kommunstyrelsen's decision fall.
     */
    record Replay(String periodId, List<Participant> participants, Map<String, Map<String, Report>> reports,
            Map<String, String> approvedStatus, Duration reminder, Duration reportDue, Duration compilationDue,
            Duration ksDue, int reminderDays, Instant opened) {

        /** When the report came in, from the opening; without a time, at noon on the due day. */
        Duration submitted(Report report) {
            Duration at = report.submittedAt() == null ? null : Duration.between(opened, report.submittedAt());
            return at == null || at.isNegative() ? reportDue.minusHours(4) : at;
        }
    }

    private Replay replay(ReportingPeriod period) {
        Map<String, Map<String, Report>> reports = new LinkedHashMap<>();
        for (BoardReportEntry r : reporting.boardReports(period)) {
            if (r.status() != null) {
                reports.computeIfAbsent(r.assignment().getRef(), k -> new LinkedHashMap<>()).put(
                        r.organisation().getCode(), new Report(r.status().name(), r.assessment(),
                                r.estimatedEndYear(), r.comment(), r.submittedAt()));
            }
        }
        List<AssessmentEntry> assessed = reporting.assessments(period);
        Map<String, String> approved = new HashMap<>();
        assessed.stream().filter(a -> a.status() != null).forEach(a -> approved.put(a.assignmentRef(),
                a.status().name()));
        List<Participant> participants = new ArrayList<>(cycle.takingPart(period.periodId()));
        Set<String> taking = new HashSet<>();
        participants.forEach(p -> taking.add(p.assignmentRef()));
        List<Assignment> others = assessed.stream().map(AssessmentEntry::assignment)
                .filter(a -> !taking.contains(a.getRef())).toList();
        var parties = assignments.parties(others);
        for (Assignment a : others) {
            // an imported period: no participants fixed, the assessment stands for each responsible organisation
            List<String> codes = reports.containsKey(a.getRef()) ? List.copyOf(reports.get(a.getRef()).keySet())
                    : parties.get(a.getId()).responsibleCodes();
            participants.add(new Participant(a.getRef(), a.getGoal().getNumber(),
                    codes.isEmpty() ? List.of(text("dryrun.process.allOrganisations")) : codes));
        }
        for (Participant p : participants) {
            Map<String, Report> byOrganisation = reports.computeIfAbsent(p.assignmentRef(), k -> new LinkedHashMap<>());
            assessed.stream().filter(a -> a.assignmentRef().equals(p.assignmentRef()) && a.status() != null)
                    .findFirst().ifPresent(a -> p.organisationCodes().forEach(code -> byOrganisation.putIfAbsent(
                            code, new Report(a.status().name(), a.assessment(), a.estimatedEndYear(), null, null))));
        }
        participants.sort(Comparator.comparing(Participant::assignmentRef));
        if (period.getReportDue() == null) {
            // an imported period has no dates: the application's usual schedule
            return new Replay(period.periodId().toString(), participants, reports, approved, Duration.ofDays(16),
                    Duration.ofDays(21), Duration.ofDays(28), Duration.ofDays(42), period.getReminderDays(),
                    Instant.EPOCH);
        }
        // the due and reminder moments as the period announced them to the workflow when it opened
        PeriodOpened announced = periods.announcement(period);
        Instant reminder = announced.reminderAt().toInstant();
        Instant opened = period.getOpenedAt() != null && period.getOpenedAt().isBefore(reminder)
                ? period.getOpenedAt() : reminder.minus(Duration.ofDays(1));
        return new Replay(period.periodId().toString(), participants, reports, approved,
                Duration.between(opened, reminder), Duration.between(opened, announced.reportDueAt().toInstant()),
                Duration.between(opened, announced.compilationDueAt().toInstant()),
                Duration.between(opened, announced.ksDueAt().toInstant()), period.getReminderDays(), opened);
    }

    // ------------------------------------------------------------------ one side

    /** A job of a user task the replay completes at a time, with the variables the form would give. */
    private record Action(Instant at, long order, long jobKey, Map<String, Object> variables) {
    }

    /** The replay through one set of versions, with the recording workers and what they counted. */
    private final class Side {
        final ThrowAwayEngine engine;
        final Map<String, Long> keys;
        final Replay replay;
        final Instant origin;
        final PriorityQueue<Action> pending = new PriorityQueue<>(
                Comparator.comparing(Action::at).thenComparing(Action::order));
        final Set<Long> seen = new HashSet<>();
        final Map<Long, String> instances = new LinkedHashMap<>();
        final Map<String, Long> userTasks = new TreeMap<>();
        final Map<String, Long> serviceTasks = new TreeMap<>();
        final Map<String, Long> types = new HashMap<>();
        final Set<String> reported = new HashSet<>();
        final Set<String> activated = new TreeSet<>();
        long order;
        long position = -1;
        final List<java.util.concurrent.Future<?>> sent = new ArrayList<>();

        Side(ThrowAwayEngine engine, Map<String, Long> keys, Replay replay) {
            this.engine = engine;
            this.keys = keys;
            this.replay = replay;
            this.origin = engine.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            activated.add(USER_TASK);
            activated.addAll(workers.types());
        }

        String at(Duration offset) {
            return OffsetDateTime.ofInstant(origin.plus(offset), zone).toString();
        }

        Side run() {
            Long period = keys.get(Processes.PERIOD);
            Map<String, Object> variables = new HashMap<>();
            variables.put("periodId", replay.periodId());
            variables.put("reportDueAt", at(replay.reportDue()));
            variables.put("reminderAt", at(replay.reminder()));
            variables.put("compilationDueAt", at(replay.compilationDue()));
            variables.put("ksDueAt", at(replay.ksDue()));
            variables.put("reminderDays", replay.reminderDays());
            instances.put(engine.client().newCreateInstanceCommand().processDefinitionKey(period).variables(variables)
                    .send().join().getProcessInstanceKey(), replay.periodId());
            engine.idle();
            settle();
            int steps = 0;
            while (!pending.isEmpty() && steps++ < MAX_STEPS) {
                Instant next = pending.peek().at();
                engine.advance(Duration.between(engine.now(), next));
                settle();
                while (!pending.isEmpty() && !pending.peek().at().isAfter(next)) {
                    Action action = pending.poll();
                    complete(action.jobKey(), action.variables());
                }
                settle();
            }
            engine.advance(AFTERWARDS);
            settle();
            return this;
        }

        /**
         * Works every job the engine has until it has none: the recording workers. Only the types of jobs created
         * since the last look are activated, and the commands of a round are sent together.
         */
        void settle() {
            for (int round = 0; round < 1_000; round++) {
                joinSent();
                engine.idle();
                Set<String> created = newJobTypes();
                if (created.isEmpty()) {
                    return;
                }
                for (String type : created) {
                    List<ActivatedJob> jobs = engine.client().newActivateJobsCommand().jobType(type)
                            .maxJobsToActivate(1_000).timeout(Duration.ofDays(3650)).workerName("provkorning")
                            .send().join().getJobs();
                    for (ActivatedJob job : jobs) {
                        if (seen.add(job.getKey())) {
                            work(job);
                        }
                    }
                }
            }
        }

        /** The types (of those the replay works) of the jobs the engine created since the last look. */
        private Set<String> newJobTypes() {
            Set<String> created = new TreeSet<>();
            long last = position;
            for (Record<?> r : engine.records()) {
                if (r.getPosition() <= last) {
                    continue;
                }
                position = Math.max(position, r.getPosition());
                if (r.getValueType() == ValueType.JOB && r.getIntent() == JobIntent.CREATED
                        && r.getValue() instanceof JobRecordValue job && activated.contains(job.getType())) {
                    created.add(job.getType());
                }
            }
            return created;
        }

        private void joinSent() {
            for (java.util.concurrent.Future<?> command : sent) {
                try {
                    command.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (!(e.getCause() instanceof ClientStatusException)) {
                        throw new IllegalStateException(e.getCause());
                    }
                    // a task cancelled meanwhile (its scope ended): nothing to complete
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            sent.clear();
        }

        private void work(ActivatedJob job) {
            String element = job.getBpmnProcessId() + ":" + job.getElementId();
            types.merge(job.getType(), 1L, Long::sum);
            if (USER_TASK.equals(job.getType())) {
                userTasks.merge(element, 1L, Long::sum);
                schedule(job);
                return;
            }
            serviceTasks.merge(element, 1L, Long::sum);
            Map<String, Object> variables = job.getVariablesAsMap();
            Map<String, Object> result = new HashMap<>();
            switch (job.getType()) {
                case "period.open" -> {
                    Map<String, java.util.concurrent.Future<io.camunda.client.api.response.ProcessInstanceEvent>>
                            started = new LinkedHashMap<>();
                    for (Participant p : replay.participants()) {
                        started.put(p.assignmentRef(), engine.client().newCreateInstanceCommand()
                                .processDefinitionKey(keys.get(Processes.LIFECYCLE))
                                .variables(Map.of("assignmentRef", p.assignmentRef(), "goalNumber", p.goalNumber()))
                                .send());
                    }
                    started.forEach((ref, instance) -> instances.put(joined(instance).getProcessInstanceKey(), ref));
                    for (Participant p : replay.participants()) {
                        publish("reporting-requested", p.assignmentRef(), Map.of("periodId", replay.periodId(),
                                "organisations", p.organisationCodes(), "reportDueAt", at(replay.reportDue()),
                                "reminderAt", at(replay.reminder()), "compilationDueAt", at(replay.compilationDue())));
                    }
                }
                case "period.aggregate" -> result.put("periodAssignments", replay.participants().stream()
                        .map(p -> Map.of("value", p.assignmentRef(), "label", p.assignmentRef())).toList());
                case "period.approve" -> replay.participants().forEach(p -> {
                    Map<String, Object> decided = new HashMap<>();
                    decided.put("decision", "APPROVED");
                    decided.put("comment", null);
                    Optional.ofNullable(replay.approvedStatus().get(p.assignmentRef()))
                            .ifPresent(s -> decided.put("combinedStatus", s));
                    publish("assignment-decided", p.assignmentRef(), decided);
                });
                case "assignment.reported" -> {
                    reported.add(String.valueOf(variables.get("assignmentRef")));
                    if (replay.participants().stream().allMatch(p -> reported.contains(p.assignmentRef()))) {
                        publish("reports-complete", replay.periodId(), Map.of());
                    }
                }
                default -> {
                    // reminders, escalations, closing, publishing, transfers: counted, nothing sent
                }
            }
            complete(job.getKey(), result);
        }

        /** A user task is completed when the stored period says: the report when it came in, KS at its date. */
        private void schedule(ActivatedJob job) {
            Map<String, Object> variables = job.getVariablesAsMap();
            String ref = String.valueOf(variables.get("assignmentRef"));
            Instant now = engine.now();
            switch (job.getElementId()) {
                case "Task_BoardReport" -> {
                    Report report = replay.reports().getOrDefault(ref, Map.of())
                            .get(String.valueOf(variables.get("organisationCode")));
                    if (report == null) {
                        return; // no report was stored: the task stays open, as it would have
                    }
                    Map<String, Object> form = new HashMap<>();
                    form.put("status", report.status());
                    form.put("assessment", report.assessment());
                    form.put("estimatedEndYear", report.estimatedEndYear());
                    form.put("comment", report.comment());
                    later(origin.plus(replay.submitted(report)), job, form);
                }
                case "Task_CompileAssessment" -> {
                    Map<String, Object> form = new HashMap<>();
                    Object proposed = variables.get("proposedStatus");
                    form.put("combinedStatus", replay.approvedStatus().getOrDefault(ref,
                            proposed == null ? "GREEN_ON_TRACK" : proposed.toString()));
                    form.put("combinedAssessment", replay.reports().getOrDefault(ref, Map.of()).values().stream()
                            .map(Report::assessment).filter(Objects::nonNull).findFirst().orElse(""));
                    form.put("combinedEndYear", variables.get("combinedEndYear"));
                    later(now.plus(Duration.ofHours(1)), job, form);
                }
                case "Task_KsApproval" -> {
                    Map<String, Object> form = new HashMap<>();
                    form.put("decision", "APPROVE");
                    form.put("returnedAssignments", List.of());
                    form.put("comment", null);
                    form.put("reviewed", true);
                    later(origin.plus(replay.ksDue()), job, form);
                }
                default -> later(now, job, Map.of()); // a task the application does not know: done at once
            }
        }

        private void later(Instant at, ActivatedJob job, Map<String, Object> variables) {
            Instant now = engine.now();
            pending.add(new Action(at.isBefore(now) ? now : at, order++, job.getKey(), variables));
        }

        private void complete(long jobKey, Map<String, Object> variables) {
            sent.add(engine.client().newCompleteCommand(jobKey).variables(variables).send());
        }

        private void publish(String name, String correlationKey, Map<String, Object> variables) {
            sent.add(engine.client().newPublishMessageCommand().messageName(name).correlationKey(correlationKey)
                    .timeToLive(MESSAGE_TTL).variables(variables).send());
        }

        private static <T> T joined(java.util.concurrent.Future<T> command) {
            try {
                return command.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        long jobsOfTypes(Set<String> wanted) {
            return types.entrySet().stream().filter(e -> wanted.contains(e.getKey())).mapToLong(Map.Entry::getValue)
                    .sum();
        }

        /** Cancels what still runs, so that the candidate's replay gets every message. */
        void cancelRest() {
            Map<Long, Boolean> ended = ended();
            for (Long key : instances.keySet()) {
                if (!ended.getOrDefault(key, false)) {
                    try {
                        engine.client().newCancelInstanceCommand(key).send().join();
                    } catch (ClientStatusException gone) {
                        // ended meanwhile
                    }
                }
            }
            engine.idle();
        }

        private Map<Long, Boolean> ended() {
            Map<Long, Boolean> ended = new HashMap<>();
            for (Record<?> r : engine.records()) {
                if (r.getValueType() == ValueType.PROCESS_INSTANCE
                        && r.getValue() instanceof ProcessInstanceRecordValue v
                        && v.getBpmnElementType() == BpmnElementType.PROCESS && instances.containsKey(r.getKey())
                        && (r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                                || r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED)) {
                    ended.put(r.getKey(), true);
                }
            }
            return ended;
        }

        /** Per instance (by process id and reference), how it ended or where it waits, read from the records. */
        Map<String, String> outcomes(Map<String, String> names) {
            Map<Long, String> processOf = new HashMap<>();
            Map<Long, String> endedAt = new HashMap<>();
            Set<Long> terminated = new HashSet<>();
            Map<Long, Map<Long, String>> active = new HashMap<>();
            for (Record<?> r : engine.records()) {
                if (r.getValueType() != ValueType.PROCESS_INSTANCE
                        || !(r.getValue() instanceof ProcessInstanceRecordValue v)
                        || !instances.containsKey(v.getProcessInstanceKey())) {
                    continue;
                }
                long instance = v.getProcessInstanceKey();
                processOf.putIfAbsent(instance, v.getBpmnProcessId());
                String element = v.getBpmnProcessId() + ":" + v.getElementId();
                if (r.getIntent() == ProcessInstanceIntent.ELEMENT_ACTIVATED
                        && !CONTAINERS.contains(v.getBpmnElementType().name())) {
                    active.computeIfAbsent(instance, k -> new LinkedHashMap<>()).put(r.getKey(), element);
                } else if (r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                        || r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
                    Optional.ofNullable(active.get(instance)).ifPresent(m -> m.remove(r.getKey()));
                    if (r.getIntent() == ProcessInstanceIntent.ELEMENT_COMPLETED
                            && v.getBpmnElementType() == BpmnElementType.END_EVENT
                            && v.getFlowScopeKey() == instance) {
                        endedAt.put(instance, element);
                    }
                    if (r.getKey() == instance && r.getIntent() == ProcessInstanceIntent.ELEMENT_TERMINATED) {
                        terminated.add(instance);
                    }
                }
            }
            Map<String, String> outcomes = new TreeMap<>();
            instances.forEach((key, ref) -> {
                String process = processOf.getOrDefault(key, "?");
                String outcome;
                if (endedAt.containsKey(key)) {
                    outcome = text("dryrun.process.ended", label(endedAt.get(key), names));
                } else if (terminated.contains(key)) {
                    outcome = text("dryrun.process.cancelled");
                } else {
                    List<String> waiting = active.getOrDefault(key, Map.of()).values().stream().distinct().sorted()
                            .map(e -> label(e, names)).toList();
                    outcome = waiting.isEmpty() ? text("dryrun.process.stopped")
                            : text("dryrun.process.waiting", String.join(", ", waiting));
                }
                outcomes.put(process + "\u0000" + ref, outcome);
            });
            return outcomes;
        }

        List<IncidentSeen> incidents(String side) {
            List<IncidentSeen> seenIncidents = new ArrayList<>();
            for (Record<?> r : engine.records()) {
                if (r.getValueType() == ValueType.INCIDENT && r.getIntent() == IncidentIntent.CREATED
                        && r.getValue() instanceof IncidentRecordValue v
                        && instances.containsKey(v.getProcessInstanceKey())) {
                    seenIncidents.add(new IncidentSeen(side, v.getBpmnProcessId(),
                            instances.get(v.getProcessInstanceKey()), v.getElementId(), v.getErrorMessage()));
                }
            }
            return seenIncidents;
        }
    }

    // ------------------------------------------------------------------ side by side

    private static Map<String, Long> processKeys(DeploymentEvent deployed) {
        Map<String, Long> keys = new HashMap<>();
        for (Process process : deployed.getProcesses()) {
            keys.put(process.getBpmnProcessId(), process.getProcessDefinitionKey());
        }
        return keys;
    }

    private static Map<String, String> elementNames(String bpmn) {
        Map<String, String> names = new HashMap<>();
        String process = ModelValidator.resourceId(new ModelFile("x.bpmn",
                bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8))).orElse("?");
        ModelDiff.between(ModelKind.PROCESS, null, bpmn).stream().filter(c -> c.name() != null && !c.name().isBlank())
                .forEach(c -> names.put(process + ":" + c.id(), c.name()));
        return names;
    }

    private static String label(String element, Map<String, String> names) {
        String id = element.substring(element.indexOf(':') + 1);
        String name = names.get(element);
        return name == null ? id : name + " (" + id + ")";
    }

    private static List<Count> counts(Map<String, Long> current, Map<String, Long> candidate,
            Map<String, String> names) {
        Set<String> elements = new TreeSet<>(current.keySet());
        elements.addAll(candidate.keySet());
        return elements.stream().map(e -> new Count(e.substring(0, e.indexOf(':')), e.substring(e.indexOf(':') + 1),
                names.getOrDefault(e, e.substring(e.indexOf(':') + 1)), current.getOrDefault(e, 0L),
                candidate.getOrDefault(e, 0L))).toList();
    }

    private static List<Ending> endings(Map<String, String> current, Map<String, String> candidate) {
        Map<String, long[]> counts = new TreeMap<>();
        current.forEach((k, v) -> counts.computeIfAbsent(k.substring(0, k.indexOf('\u0000')) + "\u0000" + v,
                x -> new long[2])[0]++);
        candidate.forEach((k, v) -> counts.computeIfAbsent(k.substring(0, k.indexOf('\u0000')) + "\u0000" + v,
                x -> new long[2])[1]++);
        return counts.entrySet().stream().map(e -> {
            String[] parts = e.getKey().split("\u0000", 2);
            return new Ending(parts[0], parts[1], e.getValue()[0], e.getValue()[1]);
        }).toList();
    }

    private static List<Outcome> outcomes(Map<String, String> current, Map<String, String> candidate) {
        Set<String> keys = new TreeSet<>(current.keySet());
        keys.addAll(candidate.keySet());
        return keys.stream().map(k -> {
            String[] parts = k.split("\u0000", 2);
            return new Outcome(parts[0], parts[1], current.get(k), candidate.get(k));
        }).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
