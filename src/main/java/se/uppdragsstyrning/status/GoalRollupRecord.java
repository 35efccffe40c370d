package se.uppdragsstyrning.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
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

import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.reporting.ReportingPeriod;

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

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private Goal goal;

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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "previous_period_id")
    private ReportingPeriod previousPeriod;

    private String summary;

    private String sourceVersion;

    private Instant computedAt;

    @ElementCollection
    @CollectionTable(name = "goal_rollup_source", joinColumns = @JoinColumn(name = "goal_rollup_id"))
    private List<AssessmentVersion> sources = new ArrayList<>();

    protected GoalRollupRecord() {
    }

    GoalRollupRecord(PeriodRollupRecord periodRollup, Goal goal) {
        this.periodRollup = periodRollup;
        this.goal = goal;
    }

    Goal getGoal() {
        return goal;
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

    ReportingPeriod getPreviousPeriod() {
        return previousPeriod;
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

    void update(GoalFacts facts, GoalStatus proposedStatus, Trend trend, ReportingPeriod previousPeriod,
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
        this.previousPeriod = previousPeriod;
        this.summary = summary;
        this.sourceVersion = facts.sourceVersion();
        this.computedAt = computedAt;
        if (!new ArrayList<>(sources).equals(facts.sources())) {
            sources.clear();
            sources.addAll(facts.sources());
        }
    }
}
