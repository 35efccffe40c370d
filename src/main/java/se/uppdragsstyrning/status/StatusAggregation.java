package se.uppdragsstyrning.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.reporting.AssignmentAssessment;
import se.uppdragsstyrning.reporting.BoardReport;
import se.uppdragsstyrning.reporting.GoalPeriodText;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.ReportState;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;

/**
 * The status aggregation: per period and goal the totals by status, the end-year distribution of the ongoing
 * assignments, the proposed goal status ({@link GoalStatusRule}), the trend against the previous period, the
 * Swedish summary, and per organisation the reporting progress. The result is a persisted read model
 * (tables {@code period_rollup}, {@code goal_rollup}, {@code goal_rollup_source}, {@code organisation_progress}).
 *
 * <p><b>Which assignments count.</b> Those taking part in the period: the assignment has a combined assessment
 * in the period, or a board report (a reporting task) in it. An assignment closed before the period, or
 * decided after it, has neither and is not counted — the register as a whole is never counted.
 *
 * <p><b>When it is computed.</b> {@link #rollup(PeriodId)} returns the stored rollup when its fingerprint (row
 * counts and version sums of the assessments, board reports and assignments it depends on, whether the report
 * due date has passed, and the rule's {@link GoalStatusRule#version() version}) still matches the data, and
 * recomputes it first otherwise. So every writer — the import, the task inbox, the compilation, a KS return —
 * is seen without having to publish anything, and a stored rollup is never shown stale. {@link
 * #recompute(PeriodId)} forces a computation; the workflow's {@code period.aggregate} job calls it. No Spring
 * events are listened to: none is published by the modules this one reads, and the fingerprint makes them
 * unnecessary.
 *
 * <p><b>What a KS decision approves.</b> {@link PeriodRollup#sourceVersion()} is a hash over the exact id and
 * version of every assessment counted, and {@link GoalRollup#sources()} lists them; a decision stores the
 * source version it was shown, and {@link #isCurrent(PeriodId, String)} tells whether the data still is that.
 */
@Service
@Transactional
public class StatusAggregation {

    /** Reports are due at 16:00 on the period's due date (docs/processes.md). */
    static final LocalTime REPORTS_DUE_AT = LocalTime.of(16, 0);

    private final ReportingService reporting;
    private final RollupInputs inputs;
    private final GoalStatusRule rule;
    private final ClaimedNumbers claims;
    private final EntityManager entityManager;
    private final Clock clock;

    StatusAggregation(ReportingService reporting, RollupInputs inputs, GoalStatusRule rule, ClaimedNumbers claims,
            EntityManager entityManager, Clock clock) {
        this.reporting = reporting;
        this.inputs = inputs;
        this.rule = rule;
        this.claims = claims;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The period's current rollup (recomputed first when its data changed); empty for an unknown period. */
    public Optional<PeriodRollup> rollup(PeriodId period) {
        return reporting.period(period).map(p -> view(p, current(p, new HashMap<>())));
    }

    /** Computes and stores the period's rollup now, whatever is stored; empty for an unknown period. */
    public Optional<PeriodRollup> recompute(PeriodId period) {
        return reporting.period(period).map(p -> {
            Map<Long, PeriodRollupRecord> computed = new HashMap<>();
            PeriodRollupRecord record = lock(p, find(p).orElse(null));
            compute(p, record, fingerprint(p), computed);
            return view(p, record);
        });
    }

    /** The current rollups of the period and every earlier one, oldest first: the goals' trend over time. */
    public List<PeriodRollup> rollupsUpTo(PeriodId period) {
        Map<Long, PeriodRollupRecord> computed = new HashMap<>();
        return reporting.periods().stream()
                .filter(p -> p.periodId().compareTo(period) <= 0)
                .sorted(Comparator.comparing(ReportingPeriod::periodId))
                .map(p -> view(p, current(p, computed)))
                .toList();
    }

    /** Whether the period's assessments are still exactly those a rollup with this source version counted. */
    public boolean isCurrent(PeriodId period, String sourceVersion) {
        return rollup(period).map(r -> r.sourceVersion().equals(sourceVersion)).orElse(false);
    }

    /** The stored rollup, recomputed under a lock when its fingerprint no longer matches the data. */
    private PeriodRollupRecord current(ReportingPeriod period, Map<Long, PeriodRollupRecord> computed) {
        PeriodRollupRecord known = computed.get(period.getId());
        if (known != null) {
            return known;
        }
        String fingerprint = fingerprint(period);
        PeriodRollupRecord record = find(period).orElse(null);
        if (record == null || !fingerprint.equals(record.getFingerprint())) {
            record = lock(period, record);
            if (!fingerprint.equals(record.getFingerprint())) {
                compute(period, record, fingerprint, computed);
            }
        }
        computed.put(period.getId(), record);
        return record;
    }

    private Optional<PeriodRollupRecord> find(ReportingPeriod period) {
        return entityManager.createQuery("select r from PeriodRollupRecord r where r.period = :period",
                PeriodRollupRecord.class).setParameter("period", period).getResultStream().findFirst();
    }

    /**
     * Locks the period's rollup row (creating it if it is missing, without failing when another transaction
     * creates it at the same moment) and reloads it, so that only one transaction computes a period at a time.
     */
    private PeriodRollupRecord lock(ReportingPeriod period, PeriodRollupRecord loaded) {
        if (loaded != null) {
            entityManager.refresh(loaded, LockModeType.PESSIMISTIC_WRITE);
            return loaded;
        }
        entityManager.createNativeQuery("insert into period_rollup (period_id, source_version, fingerprint,"
                + " computed_at) values (?1, '', '', ?2) on conflict do nothing")
                .setParameter(1, period.getId()).setParameter(2, clock.instant()).executeUpdate();
        return entityManager.createQuery("select r from PeriodRollupRecord r where r.period = :period",
                PeriodRollupRecord.class).setParameter("period", period)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    private String fingerprint(ReportingPeriod period) {
        List<Long> upTo = reporting.periods().stream().filter(p -> p.periodId().compareTo(period.periodId()) <= 0)
                .map(ReportingPeriod::getId).toList();
        return inputs.fingerprint(upTo) + ";due:" + reportsOverdue(period) + ";rule:" + rule.version();
    }

    private boolean reportsOverdue(ReportingPeriod period) {
        return period.getReportDue() != null && ZonedDateTime.now(clock)
                .isAfter(period.getReportDue().atTime(REPORTS_DUE_AT).atZone(clock.getZone()));
    }

    private void compute(ReportingPeriod period, PeriodRollupRecord record, String fingerprint,
            Map<Long, PeriodRollupRecord> computed) {
        // the database keeps microseconds: the same instant whether read back or just computed
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AssignmentAssessment> assessments = reporting.assessments(period);
        List<BoardReport> reports = inputs.boardReports(period);

        Map<Long, List<AssignmentAssessment>> assessedByGoal = assessments.stream()
                .collect(Collectors.groupingBy(a -> a.getAssignment().getGoal().getId()));
        Set<Long> assessed = assessments.stream().map(a -> a.getAssignment().getId()).collect(Collectors.toSet());
        Map<Long, Set<Long>> reportedOnlyByGoal = new HashMap<>();
        Map<Long, Goal> goals = new HashMap<>();
        assessments.forEach(a -> goals.putIfAbsent(a.getAssignment().getGoal().getId(), a.getAssignment().getGoal()));
        for (BoardReport report : reports) {
            Assignment assignment = report.getAssignment();
            goals.putIfAbsent(assignment.getGoal().getId(), assignment.getGoal());
            if (!assessed.contains(assignment.getId())) {
                reportedOnlyByGoal.computeIfAbsent(assignment.getGoal().getId(), g -> new HashSet<>())
                        .add(assignment.getId());
            }
        }

        List<ReportingPeriod> earlier = reporting.periods().stream()
                .filter(p -> p.periodId().compareTo(period.periodId()) < 0).toList();
        List<AssessmentVersion> allSources = new ArrayList<>();
        for (Goal goal : goals.values().stream().sorted(Comparator.comparingInt(Goal::getNumber)).toList()) {
            GoalFacts facts = GoalFacts.of(goal, assessedByGoal.getOrDefault(goal.getId(), List.of()),
                    reportedOnlyByGoal.getOrDefault(goal.getId(), Set.of()).size());
            GoalStatus proposed = facts.counts().assessed() == 0 ? null : rule.propose(facts.counts());
            Previous previous = previous(goal, earlier, computed);
            String summary = SummaryWriter.write(facts.counts(), facts.ongoingByEndYear(),
                    facts.ongoingWithoutEndYear());
            record.goalRow(goal).update(facts, proposed, Trend.between(previous.status(), proposed),
                    previous.period(), summary, now);
            allSources.addAll(facts.sources());
        }

        boolean overdue = reportsOverdue(period);
        Map<Organisation, List<BoardReport>> byOrganisation = reports.stream().collect(
                Collectors.groupingBy(BoardReport::getOrganisation, LinkedHashMap::new, Collectors.toList()));
        byOrganisation.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().getName()))
                .forEach(e -> {
                    int submitted = (int) e.getValue().stream().filter(r -> isSubmitted(r.getState())).count();
                    int open = e.getValue().size() - submitted;
                    record.organisationRow(e.getKey()).update(submitted, open, overdue ? open : 0);
                });

        record.completed(goals.keySet(), byOrganisation.keySet().stream().map(Organisation::getId)
                .collect(Collectors.toSet()), GoalFacts.sourceVersion(allSources), fingerprint, now);
        entityManager.flush();
        computed.put(period.getId(), record);
    }

    private static boolean isSubmitted(ReportState state) {
        return state == ReportState.SUBMITTED || state == ReportState.APPROVED;
    }

    /** The goal's status in the latest earlier period in which it had assignments (newest first in the list). */
    private record Previous(ReportingPeriod period, GoalStatus status) {
    }

    private Previous previous(Goal goal, List<ReportingPeriod> earlierNewestFirst,
            Map<Long, PeriodRollupRecord> computed) {
        for (ReportingPeriod period : earlierNewestFirst) {
            Optional<GoalRollupRecord> row = current(period, computed).goal(goal.getId());
            if (row.isPresent()) {
                return new Previous(period, row.get().getProposedStatus());
            }
        }
        return new Previous(null, null);
    }

    private PeriodRollup view(ReportingPeriod period, PeriodRollupRecord record) {
        Map<Long, GoalPeriodText> texts = reporting.goalTexts(period).stream()
                .collect(Collectors.toMap(t -> t.getGoal().getId(), Function.identity()));
        List<GoalRollup> goals = record.getGoals().stream()
                .sorted(Comparator.comparingInt(g -> g.getGoal().getNumber()))
                .map(g -> {
                    GoalPeriodText text = texts.get(g.getGoal().getId());
                    StatusCounts counts = g.counts();
                    return new GoalRollup(g.getGoal().getNumber(), g.getGoal().getTitle(), counts,
                            new TreeMap<>(g.getOngoingEndYears()), g.getOngoingWithoutEndYear(),
                            g.getProposedStatus(), g.getTrend(),
                            g.getPreviousPeriod() == null ? null : g.getPreviousPeriod().periodId(), g.getSummary(),
                            g.getSourceVersion(), List.copyOf(g.getSources()),
                            text == null ? List.of()
                                    : claims.differences(text.getClaimedJson(), counts, g.getOngoingEndYears()));
                })
                .toList();
        List<OrganisationProgress> organisations = record.getOrganisations().stream()
                .map(OrganisationProgressRecord::view)
                .sorted(Comparator.comparing(OrganisationProgress::name))
                .toList();
        return new PeriodRollup(period.periodId(), period.getState(), record.getSourceVersion(),
                record.getComputedAt(), goals, organisations);
    }
}
