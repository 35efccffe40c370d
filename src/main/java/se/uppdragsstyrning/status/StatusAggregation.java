package se.uppdragsstyrning.status;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.assignment.Assignment;
import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.organisation.OrganisationService.DatedNames;
import se.uppdragsstyrning.reporting.AssessmentEntry;
import se.uppdragsstyrning.reporting.BoardReportEntry;
import se.uppdragsstyrning.reporting.GoalPeriodText;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodProgress;
import se.uppdragsstyrning.reporting.PeriodService;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingService;

/**
 * The status aggregation: per period and goal the totals by status, the end-year distribution of the ongoing
 * assignments, the proposed goal status ({@link GoalStatusRule}), the trend against the previous period, the
 * Swedish summary, and per organisation the reporting progress. The result is a persisted read model
 * (tables {@code period_rollup}, {@code goal_rollup}, {@code goal_rollup_source}, {@code organisation_progress}).
 *
 * <p><b>What it reads.</b> Only other modules' APIs: the assessments and board reports as reporting assembles them
 * (with their assignments and organisations), the reporting progress per organisation as reporting counts it
 * ({@code PeriodService#progressByOrganisation}, the one definition of progress), goals and organisations by id.
 * Its own tables refer to periods, goals and organisations by id.
 *
 * <p><b>Which assignments count.</b> Those taking part in the period: the assignment has a combined assessment
 * in the period, or a board report (a reporting task) in it. An assignment closed before the period, or
 * decided after it, has neither and is not counted — the register as a whole is never counted.
 *
 * <p><b>When it is computed.</b> When its inputs change, never when it is read. {@link RollupUpdates} listens
 * to reporting's {@code AssessmentRecorded}, {@code BoardReportChanged} and {@code PeriodStateChanged} (the
 * period's aggregate step) and to the import's {@code FollowUpImported}, and calls {@link #refresh(PeriodId)}:
 * the period and every later one (their trend depends on it) are recomputed under a row lock when the
 * fingerprint of their inputs (row counts and version sums of the assessments and board reports, asked from
 * {@code ReportingService#inputsVersion}, and of the assignments, asked from {@code AssignmentService#registerVersion},
 * and the rule's {@link GoalStatusRule#version() version}) no longer matches the stored one, so that a batch of
 * events computes a period once. A period approved in this system is not recomputed by those events: its rollup
 * is the one stored when kommunstyrelsen decided ({@link #recompute(PeriodId)}, called by the approval). An
 * imported (historical) period, decided and published elsewhere, is recomputed when its inputs change (a new
 * import may move assignments between goals) but always with the goal-status table it was first computed with:
 * deploying a new table changes the proposals of open periods only.
 *
 * <p><b>Reads only read.</b> {@link #rollup(PeriodId)} and {@link #rollupsUpTo(PeriodId)} run in read-only
 * transactions and answer what is stored. Whether reports are overdue depends on the clock, not on the data, so
 * it is derived when the rollup is read. A period with nothing stored yet (its first event not yet handled) is
 * computed for the answer without being stored: the reader gets the true numbers at once and takes no lock;
 * storing is left to the writers, so that a read can never race a writer or overwrite a frozen rollup.
 *
 * <p><b>What a KS decision approves.</b> {@link PeriodRollup#sourceVersion()} is a hash over the exact id and
 * version of every assessment counted, and {@link GoalRollup#sources()} lists them; a decision stores the
 * source version it was shown, and {@link #isCurrent(PeriodId, String)} tells whether the data still is that.
 */
@Service
@Transactional(readOnly = true)
public class StatusAggregation {


    private final ReportingService reporting;
    private final PeriodService periodService;
    private final AssignmentService assignments;
    private final OrganisationService organisations;
    private final GoalStatusRule rule;
    private final ClaimedNumbers claims;
    private final EntityManager entityManager;
    private final Clock clock;

    StatusAggregation(ReportingService reporting, PeriodService periodService, AssignmentService assignments,
            OrganisationService organisations, GoalStatusRule rule, ClaimedNumbers claims, EntityManager entityManager,
            Clock clock) {
        this.reporting = reporting;
        this.periodService = periodService;
        this.assignments = assignments;
        this.organisations = organisations;
        this.rule = rule;
        this.claims = claims;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The period's stored rollup (computed, not stored, when none is stored yet); empty for an unknown period. */
    public Optional<PeriodRollup> rollup(PeriodId period) {
        return reporting.period(period).map(p -> view(p, readable(p, new HashMap<>())));
    }

    /** Computes and stores the period's rollup now, whatever is stored; empty for an unknown period. */
    @Transactional
    public Optional<PeriodRollup> recompute(PeriodId period) {
        return reporting.period(period).map(p -> {
            Map<Long, PeriodRollupRecord> computed = new HashMap<>();
            PeriodRollupRecord record = lock(p, find(p).orElse(null));
            compute(p, record, fingerprint(p, record), computed);
            entityManager.flush();
            return view(p, record);
        });
    }

    /**
     * Brings the stored rollups of the period and of every later period up to date with their inputs, oldest
     * first (the later ones' trend reads the earlier ones); a period whose inputs did not change since it was
     * stored, and a period approved in this system, are left as they are.
     */
    @Transactional
    public void refresh(PeriodId from) {
        refresh(p -> p.periodId().compareTo(from) >= 0);
    }

    /** {@link #refresh(PeriodId)} for every period (an import may have moved assignments between goals). */
    @Transactional
    public void refreshAll() {
        refresh(p -> true);
    }

    private void refresh(Predicate<ReportingPeriod> which) {
        Map<Long, PeriodRollupRecord> computed = new HashMap<>();
        reporting.periods().stream()
                .filter(which)
                .filter(p -> p.isHistorical() || !p.getState().isApproved())
                .sorted(Comparator.comparing(ReportingPeriod::periodId))
                .forEach(p -> {
                    PeriodRollupRecord record = find(p).orElse(null);
                    if (record != null && fingerprint(p, record).equals(record.getFingerprint())) {
                        return;
                    }
                    record = lock(p, record);
                    // again under the lock: another writer may have been first
                    String fingerprint = fingerprint(p, record);
                    if (!fingerprint.equals(record.getFingerprint())) {
                        compute(p, record, fingerprint, computed);
                        entityManager.flush();
                    }
                    computed.put(p.getId(), record);
                });
    }

    /** The rollups of the period and every earlier one, oldest first: the goals' trend over time. */
    public List<PeriodRollup> rollupsUpTo(PeriodId period) {
        Map<Long, PeriodRollupRecord> computed = new HashMap<>();
        return reporting.periods().stream()
                .filter(p -> p.periodId().compareTo(period) <= 0)
                .sorted(Comparator.comparing(ReportingPeriod::periodId))
                .map(p -> view(p, readable(p, computed)))
                .toList();
    }

    /** Whether the period's assessments are still exactly those a rollup with this source version counted. */
    public boolean isCurrent(PeriodId period, String sourceVersion) {
        return rollup(period).map(r -> r.sourceVersion().equals(sourceVersion)).orElse(false);
    }

    /**
     * The rollup computed in this transaction, else the stored one, else one computed now and not stored (a
     * transient record: nothing is written, nothing locked).
     */
    private PeriodRollupRecord readable(ReportingPeriod period, Map<Long, PeriodRollupRecord> computed) {
        PeriodRollupRecord known = computed.get(period.getId());
        if (known != null) {
            return known;
        }
        PeriodRollupRecord record = find(period).orElse(null);
        if (record == null) {
            record = new PeriodRollupRecord(period.getId());
            compute(period, record, "", computed);
        }
        computed.put(period.getId(), record);
        return record;
    }

    private Optional<PeriodRollupRecord> find(ReportingPeriod period) {
        return entityManager.createQuery("select r from PeriodRollupRecord r where r.periodId = :period",
                PeriodRollupRecord.class).setParameter("period", period.getId()).getResultStream().findFirst();
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
        return entityManager.createQuery("select r from PeriodRollupRecord r where r.periodId = :period",
                PeriodRollupRecord.class).setParameter("period", period.getId())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
    }

    private static final String RULE = ";rule:";

    /**
     * The fingerprint of the period's inputs and of the rule its rollup is computed with: the current rule,
     * except for an imported (historical) period already computed, which keeps the rule it was first computed
     * with (see {@link #ruleVersion(ReportingPeriod, PeriodRollupRecord)}).
     */
    private String fingerprint(ReportingPeriod period, PeriodRollupRecord stored) {
        List<Long> upTo = reporting.periods().stream().filter(p -> p.periodId().compareTo(period.periodId()) <= 0)
                .map(ReportingPeriod::getId).toList();
        return reporting.inputsVersion(upTo) + ";" + assignments.registerVersion() + RULE
                + ruleVersion(period, stored);
    }

    /**
     * The rule version a period's rollup is computed with. A decided period never changes afterwards: an
     * imported period was decided and published elsewhere, so a newly deployed goal-status table does not
     * recompute it, and when its inputs change (a new import, a change in the register) it is computed again
     * with the table it was first computed with. Periods approved in this system are not refreshed at all.
     */
    private String ruleVersion(ReportingPeriod period, PeriodRollupRecord stored) {
        if (period.isHistorical() && stored != null) {
            int at = stored.getFingerprint().lastIndexOf(RULE);
            if (at >= 0) {
                return stored.getFingerprint().substring(at + RULE.length());
            }
        }
        return rule.version();
    }

    private GoalStatus propose(StatusCounts counts, String fingerprint) {
        int at = fingerprint.lastIndexOf(RULE);
        String version = at < 0 ? null : fingerprint.substring(at + RULE.length());
        return version == null || version.equals(rule.version()) ? rule.propose(counts)
                : rule.propose(counts, version);
    }

    private void compute(ReportingPeriod period, PeriodRollupRecord record, String fingerprint,
            Map<Long, PeriodRollupRecord> computed) {
        // the database keeps microseconds: the same instant whether read back or just computed
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<AssessmentEntry> assessments = reporting.assessments(period);
        List<BoardReportEntry> reports = reporting.boardReports(period);

        Map<Long, List<AssessmentEntry>> assessedByGoal = assessments.stream()
                .collect(Collectors.groupingBy(a -> a.assignment().getGoal().getId()));
        Set<Long> assessed = assessments.stream().map(a -> a.assignment().getId()).collect(Collectors.toSet());
        Map<Long, Set<Long>> reportedOnlyByGoal = new HashMap<>();
        Map<Long, Goal> goals = new HashMap<>();
        assessments.forEach(a -> goals.putIfAbsent(a.assignment().getGoal().getId(), a.assignment().getGoal()));
        for (BoardReportEntry report : reports) {
            Assignment assignment = report.assignment();
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
            GoalStatus proposed = facts.counts().assessed() == 0 ? null : propose(facts.counts(), fingerprint);
            Previous previous = previous(goal, assessedByGoal.getOrDefault(goal.getId(), List.of()), earlier,
                    computed);
            String summary = SummaryWriter.write(facts.counts(), facts.ongoingByEndYear(),
                    facts.ongoingWithoutEndYear());
            record.goalRow(goal.getId()).update(facts, proposed, Trend.between(previous.status(), proposed),
                    previous.period() == null ? null : previous.period().getId(), summary, now);
            allSources.addAll(facts.sources());
        }

        Map<Organisation, PeriodProgress> byOrganisation = periodService.progressByOrganisation(period);
        byOrganisation.entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey().getName()))
                .forEach(e -> record.organisationRow(e.getKey().getId()).update(e.getValue().submitted(),
                        e.getValue().open(), e.getValue().overdue()));

        record.completed(goals.keySet(), byOrganisation.keySet().stream().map(Organisation::getId)
                .collect(Collectors.toSet()), GoalFacts.sourceVersion(allSources), fingerprint, now);
        computed.put(period.getId(), record);
    }

    /** The goal's status in the latest earlier period in which it had assignments (newest first in the list). */
    private record Previous(ReportingPeriod period, GoalStatus status) {
    }

    private Previous previous(Goal goal, List<AssessmentEntry> assessedNow, List<ReportingPeriod> earlierNewestFirst,
            Map<Long, PeriodRollupRecord> computed) {
        for (ReportingPeriod period : earlierNewestFirst) {
            Optional<GoalRollupRecord> row = readable(period, computed).goal(goal.getId());
            if (row.isPresent()) {
                return new Previous(period, row.get().getProposedStatus());
            }
        }
        return predecessors(goal, assessedNow, earlierNewestFirst);
    }

    /**
     * A goal new in this budget whose assignments continue earlier ones (renewed under new numbers, perhaps under
     * another goal then): the latest earlier period in which those earlier assignments of their lines were
     * assessed, with the status the rule gives their assessments there. None when nothing of the lines was.
     */
    private Previous predecessors(Goal goal, List<AssessmentEntry> assessedNow,
            List<ReportingPeriod> earlierNewestFirst) {
        Set<String> before = new HashSet<>();
        for (AssessmentEntry entry : assessedNow) {
            if (entry.assignment().getContinuesRef() != null) {
                for (Assignment earlier : assignments.lineage(entry.assignment())) {
                    if (earlier.getRef().equals(entry.assignment().getRef())) {
                        break;
                    }
                    before.add(earlier.getRef());
                }
            }
        }
        if (before.isEmpty()) {
            return new Previous(null, null);
        }
        for (ReportingPeriod period : earlierNewestFirst) {
            List<AssessmentEntry> theirs = reporting.assessments(period).stream()
                    .filter(a -> before.contains(a.assignment().getRef())).toList();
            if (!theirs.isEmpty()) {
                return new Previous(period, rule.propose(GoalFacts.of(goal, theirs, 0).counts()));
            }
        }
        return new Previous(null, null);
    }

    private PeriodRollup view(ReportingPeriod period, PeriodRollupRecord record) {
        Map<Long, GoalPeriodText> texts = reporting.goalTexts(period).stream()
                .collect(Collectors.toMap(GoalPeriodText::getGoalId, Function.identity()));
        Map<Long, Goal> goalsById = assignments.goals().stream()
                .collect(Collectors.toMap(Goal::getId, Function.identity()));
        Map<Long, PeriodId> periodsById = reporting.periods().stream()
                .collect(Collectors.toMap(ReportingPeriod::getId, ReportingPeriod::periodId));
        List<GoalRollup> goals = record.getGoals().stream()
                .sorted(Comparator.comparingInt(g -> goalsById.get(g.getGoalId()).getNumber()))
                .map(g -> {
                    Goal goal = goalsById.get(g.getGoalId());
                    GoalPeriodText text = texts.get(g.getGoalId());
                    StatusCounts counts = g.counts();
                    return new GoalRollup(goal.getNumber(), goal.getTitle(), counts,
                            new TreeMap<>(g.getOngoingEndYears()), g.getOngoingWithoutEndYear(),
                            g.getProposedStatus(), g.getTrend(), periodsById.get(g.getPreviousPeriodId()),
                            g.getSummary(),
                            g.getSourceVersion(), List.copyOf(g.getSources()),
                            text == null ? List.of()
                                    : claims.differences(text.getClaimedJson(), counts, g.getOngoingEndYears()));
                })
                .toList();
        boolean overdue = periodService.reportsOverdue(period);
        Map<Long, Organisation> organisationsById = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        // each organisation under the name it had at the period's end
        DatedNames names = organisations.datedNames(organisationsById.values());
        List<OrganisationProgress> organisations = record.getOrganisations().stream()
                .map(o -> o.view(organisationsById.get(o.getOrganisationId()), names, period.periodId().lastDay(),
                        overdue))
                .sorted(Comparator.comparing(OrganisationProgress::name))
                .toList();
        return new PeriodRollup(period.periodId(), period.getState(), record.getSourceVersion(),
                record.getComputedAt(), goals, organisations);
    }
}
