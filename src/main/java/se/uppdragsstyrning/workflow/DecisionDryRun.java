package se.uppdragsstyrning.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.reporting.BoardReportEntry;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;
import se.uppdragsstyrning.status.GoalRollup;
import se.uppdragsstyrning.status.StatusAggregation;
import se.uppdragsstyrning.status.StatusCounts;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;

/**
 * The dry run of a decision table ({@code goal-status}, {@code combined-status}): on a throw-away in-memory
 * engine ({@link ThrowAwayEngine}) the current version and the candidate are deployed side by side and
 * evaluated over the last closed period's stored inputs — per goal the counts of its assessed assignments, per
 * assignment its organisations' board report statuses — so the process owner sees which goals and assignments
 * would get another proposal. Nothing reaches the live engine or the database (the candidate is validated as
 * for a deployment, but not recorded). The dry run of a process model is {@link ProcessDryRun}'s.
 */
@Service
public class DecisionDryRun {

    static final String COMBINED = "combined-status";
    private static final String ENGINE_FACTORY = "io.camunda.zeebe.process.test.engine.EngineFactory";

    private final ModelCatalogue catalogue;
    private final ModelVersionRepository versions;
    private final ReportingService reporting;
    private final StatusAggregation aggregation;
    private final ObjectMapper json;
    private final MessageSource messages;

    DecisionDryRun(ModelCatalogue catalogue, ModelVersionRepository versions, ReportingService reporting,
            StatusAggregation aggregation, ObjectMapper json, MessageSource messages) {
        this.catalogue = catalogue;
        this.versions = versions;
        this.reporting = reporting;
        this.aggregation = aggregation;
        this.json = json;
        this.messages = messages;
    }

    /** A goal's proposal under the current table and under the candidate. */
    public record GoalOutcome(int number, String title, StatusCounts counts, String current, String candidate) {
        @JsonProperty
        public boolean changed() {
            return !Objects.equals(current, candidate);
        }
    }

    /** An assignment's combined proposal from its organisations' statuses, under the current table and the candidate. */
    public record AssignmentOutcome(String ref, String title, List<String> reports, String current, String candidate) {
        @JsonProperty
        public boolean changed() {
            return !Objects.equals(current, candidate);
        }
    }

    /** One table's dry run: its current and candidate versions and the outcomes that differ or not. */
    public record TableRun(String decisionId, int currentVersion, List<GoalOutcome> goals,
            List<AssignmentOutcome> assignments) {
        @JsonProperty
        public long changes() {
            return goals.stream().filter(GoalOutcome::changed).count()
                    + assignments.stream().filter(AssignmentOutcome::changed).count();
        }
    }

    /** The dry run over the period (the last closed one, e.g. {@code 2025-INTERIM_AUGUST}). */
    public record Result(String period, List<TableRun> tables) {
    }

    /**
     * Dry-runs the uploaded decision tables over the last closed period.
     *
     * @throws ProblemsException 400 when a file is invalid or not a goal-status/combined-status table, 409 when
     *         this installation has no in-memory engine (production) or no closed period
     */
    @PreAuthorize("hasAnyRole('PROCESS_OWNER','ADMIN')")
    public Result dryRun(List<ModelFile> files) {
        List<ModelValidator.Checked> checked = catalogue.validated(files);
        List<Problem> problems = new ArrayList<>();
        for (ModelValidator.Checked model : checked) {
            if (model.kind() != ModelKind.DECISION || !(DmnGoalStatusRule.DECISION.equals(model.resourceId())
                    || COMBINED.equals(model.resourceId()))) {
                problems.add(new Problem(model.file().fileName(), text("dryrun.decisionsOnly")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemsException(problems);
        }
        ReportingPeriod period = lastClosedPeriod();
        List<TableRun> runs = new ArrayList<>();
        try (ThrowAwayEngine engine = ThrowAwayEngine.start()) {
            for (ModelValidator.Checked model : checked) {
                ModelVersion current = versions.findFirstByKindAndResourceIdOrderByVersionDesc(ModelKind.DECISION,
                        model.resourceId()).orElseThrow();
                long currentKey = engine.deployDecision(current.getFileName(), current.getContent(),
                        model.resourceId());
                long candidateKey = engine.deployDecision(model.file().fileName(), model.file().text(),
                        model.resourceId());
                runs.add(COMBINED.equals(model.resourceId())
                        ? new TableRun(COMBINED, current.getVersion(), List.of(),
                                assignments(engine, period, currentKey, candidateKey))
                        : new TableRun(DmnGoalStatusRule.DECISION, current.getVersion(),
                                goals(engine, period, currentKey, candidateKey), List.of()));
            }
        }
        return new Result(period.periodId().toString(), runs);
    }

    /**
     * The period a dry run replays: the last closed (approved) one.
     *
     * @throws ProblemsException 409 when this installation has no in-memory engine (production) or no closed period
     */
    ReportingPeriod lastClosedPeriod() {
        if (!ClassUtils.isPresent(ENGINE_FACTORY, DecisionDryRun.class.getClassLoader())) {
            throw new ProblemsException(HttpStatus.CONFLICT, List.of(Problem.of(text("dryrun.unavailable"))));
        }
        return reporting.periods().stream().filter(p -> p.getState().isApproved())
                .max(Comparator.comparing(ReportingPeriod::periodId))
                .orElseThrow(() -> new ProblemsException(HttpStatus.CONFLICT,
                        List.of(Problem.of(text("dryrun.noClosedPeriod")))));
    }

    private List<GoalOutcome> goals(ThrowAwayEngine engine, ReportingPeriod period, long current, long candidate) {
        List<GoalOutcome> outcomes = new ArrayList<>();
        for (GoalRollup goal : aggregation.rollup(period.periodId()).map(r -> r.goals()).orElse(List.of())) {
            StatusCounts c = goal.counts();
            if (c.assessed() == 0) {
                continue;
            }
            Map<String, Object> variables = DmnGoalStatusRule.variables(c);
            outcomes.add(new GoalOutcome(goal.number(), goal.title(), c,
                    output(engine.evaluate(current, variables)), output(engine.evaluate(candidate, variables))));
        }
        return outcomes;
    }

    private List<AssignmentOutcome> assignments(ThrowAwayEngine engine, ReportingPeriod period, long current,
            long candidate) {
        Map<String, List<BoardReportEntry>> byAssignment = new LinkedHashMap<>();
        reporting.boardReports(period).stream().filter(r -> r.status() != null)
                .sorted(Comparator.comparing(r -> r.assignment().getRef()))
                .forEach(r -> byAssignment.computeIfAbsent(r.assignment().getRef(), k -> new ArrayList<>()).add(r));
        List<AssignmentOutcome> outcomes = new ArrayList<>();
        byAssignment.forEach((ref, reports) -> {
            List<String> statuses = reports.stream().map(r -> r.status().name()).toList();
            Map<String, Object> variables = Map.of("reports",
                    statuses.stream().map(s -> Map.of("status", s)).toList());
            outcomes.add(new AssignmentOutcome(ref, reports.get(0).assignment().getTitle(), statuses,
                    output(engine.evaluate(current, variables)), output(engine.evaluate(candidate, variables))));
        });
        return outcomes;
    }

    private String output(String decisionOutput) {
        try {
            JsonNode node = json.readTree(decisionOutput);
            return node == null || node.isNull() ? null : node.asText();
        } catch (Exception e) {
            return decisionOutput;
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
