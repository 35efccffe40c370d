package se.uppdragsstyrning.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.reporting.ReportingPeriod;

/** The stored rollup of one period: its goals' rows, its organisations' progress and what it was computed from. */
@Entity
@Table(name = "period_rollup")
class PeriodRollupRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    private String sourceVersion;

    private String fingerprint;

    private Instant computedAt;

    @OneToMany(mappedBy = "periodRollup", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<GoalRollupRecord> goals = new ArrayList<>();

    @OneToMany(mappedBy = "periodRollup", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<OrganisationProgressRecord> organisations = new ArrayList<>();

    protected PeriodRollupRecord() {
    }

    /** A rollup computed for a read and not stored (never persisted). */
    PeriodRollupRecord(ReportingPeriod period) {
        this.period = period;
        this.sourceVersion = "";
        this.fingerprint = "";
    }

    String getSourceVersion() {
        return sourceVersion;
    }

    String getFingerprint() {
        return fingerprint;
    }

    Instant getComputedAt() {
        return computedAt;
    }

    List<GoalRollupRecord> getGoals() {
        return goals;
    }

    List<OrganisationProgressRecord> getOrganisations() {
        return organisations;
    }

    Optional<GoalRollupRecord> goal(Long goalId) {
        return goals.stream().filter(g -> g.getGoal().getId().equals(goalId)).findFirst();
    }

    /** The goal's row, added when the goal is new in the rollup (rows are updated in place). */
    GoalRollupRecord goalRow(Goal goal) {
        return goal(goal.getId()).orElseGet(() -> {
            GoalRollupRecord row = new GoalRollupRecord(this, goal);
            goals.add(row);
            return row;
        });
    }

    OrganisationProgressRecord organisationRow(Organisation organisation) {
        return organisations.stream().filter(o -> o.getOrganisation().getId().equals(organisation.getId()))
                .findFirst().orElseGet(() -> {
                    OrganisationProgressRecord row = new OrganisationProgressRecord(this, organisation);
                    organisations.add(row);
                    return row;
                });
    }

    /** Ends a computation: drops the rows no longer taking part and records what the rollup was computed from. */
    void completed(Set<Long> goalIds, Set<Long> organisationIds, String sourceVersion, String fingerprint,
            Instant computedAt) {
        goals.removeIf(g -> !goalIds.contains(g.getGoal().getId()));
        organisations.removeIf(o -> !organisationIds.contains(o.getOrganisation().getId()));
        this.sourceVersion = sourceVersion;
        this.fingerprint = fingerprint;
        this.computedAt = computedAt;
    }
}
