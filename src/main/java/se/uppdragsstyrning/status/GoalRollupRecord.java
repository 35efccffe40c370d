package se.uppdragsstyrning.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;


/** A goal's stored rollup in a period. */
@Entity
@Table(name = "goal_rollup")
class GoalRollupRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_rollup_id")
    private PeriodRollupRecord periodRollup;

    /** The goal (the assignment module's) by id. */
    @Column(name = "goal_id", nullable = false)
    private Long goalId;

    private int total;
    private int done;
    private int onTrack;
    private int delayed;
    private int notCarriedOut;
    private int notAssessed;

    @Convert(converter = EndYearsConverter.class)
    private SortedMap<Integer, Integer> ongoingEndYears = new TreeMap<>();

    private int ongoingWithoutEndYear;

    @Enumerated(EnumType.STRING)
    private GoalStatus proposedStatus;

    @Enumerated(EnumType.STRING)
    private Trend trend;

    /** The latest earlier period (reporting's) in which the goal had assignments, by id. */
    @Column(name = "previous_period_id")
    private Long previousPeriodId;

    private String summary;

    private String sourceVersion;

    private Instant computedAt;

    @ElementCollection
    @CollectionTable(name = "goal_rollup_source", joinColumns = @JoinColumn(name = "goal_rollup_id"))
    private List<AssessmentVersion> sources = new ArrayList<>();

    protected GoalRollupRecord() {
    }

    GoalRollupRecord(PeriodRollupRecord periodRollup, Long goalId) {
        this.periodRollup = periodRollup;
        this.goalId = goalId;
    }

    Long getGoalId() {
        return goalId;
    }

    StatusCounts counts() {
        return new StatusCounts(done, onTrack, delayed, notCarriedOut, notAssessed);
    }

    SortedMap<Integer, Integer> getOngoingEndYears() {
        return ongoingEndYears;
    }

    int getOngoingWithoutEndYear() {
        return ongoingWithoutEndYear;
    }

    GoalStatus getProposedStatus() {
        return proposedStatus;
    }

    Trend getTrend() {
        return trend;
    }

    Long getPreviousPeriodId() {
        return previousPeriodId;
    }

    String getSummary() {
        return summary;
    }

    String getSourceVersion() {
        return sourceVersion;
    }

    List<AssessmentVersion> getSources() {
        return sources;
    }

    void update(GoalFacts facts, GoalStatus proposedStatus, Trend trend, Long previousPeriodId,
            String summary, Instant computedAt) {
        StatusCounts counts = facts.counts();
        this.total = counts.total();
        this.done = counts.done();
        this.onTrack = counts.onTrack();
        this.delayed = counts.delayed();
        this.notCarriedOut = counts.notCarriedOut();
        this.notAssessed = counts.notAssessed();
        this.ongoingEndYears = new TreeMap<>(facts.ongoingByEndYear());
        this.ongoingWithoutEndYear = facts.ongoingWithoutEndYear();
        this.proposedStatus = proposedStatus;
        this.trend = trend;
        this.previousPeriodId = previousPeriodId;
        this.summary = summary;
        this.sourceVersion = facts.sourceVersion();
        this.computedAt = computedAt;
        if (!new ArrayList<>(sources).equals(facts.sources())) {
            sources.clear();
            sources.addAll(facts.sources());
        }
    }
}
