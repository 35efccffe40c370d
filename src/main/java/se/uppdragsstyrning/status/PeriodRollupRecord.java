package se.uppdragsstyrning.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;


/** The stored rollup of one period: its goals' rows, its organisations' progress and what it was computed from. */
@Entity
@Table(name = "period_rollup")
class PeriodRollupRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The period (reporting's) by id. */
    @Column(name = "period_id", nullable = false, unique = true)
    private Long periodId;

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
    PeriodRollupRecord(Long periodId) {
        this.periodId = periodId;
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
        return goals.stream().filter(g -> g.getGoalId().equals(goalId)).findFirst();
    }

    /** The goal's row, added when the goal is new in the rollup (rows are updated in place). */
    GoalRollupRecord goalRow(Long goalId) {
        return goal(goalId).orElseGet(() -> {
            GoalRollupRecord row = new GoalRollupRecord(this, goalId);
            goals.add(row);
            return row;
        });
    }

    OrganisationProgressRecord organisationRow(Long organisationId) {
        return organisations.stream().filter(o -> o.getOrganisationId().equals(organisationId))
                .findFirst().orElseGet(() -> {
                    OrganisationProgressRecord row = new OrganisationProgressRecord(this, organisationId);
                    organisations.add(row);
                    return row;
                });
    }

    /** Ends a computation: drops the rows no longer taking part and records what the rollup was computed from. */
    void completed(Set<Long> goalIds, Set<Long> organisationIds, String sourceVersion, String fingerprint,
            Instant computedAt) {
        goals.removeIf(g -> !goalIds.contains(g.getGoalId()));
        organisations.removeIf(o -> !organisationIds.contains(o.getOrganisationId()));
        this.sourceVersion = sourceVersion;
        this.fingerprint = fingerprint;
        this.computedAt = computedAt;
    }
}
