package se.uppdragsstyrning.reporting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import se.uppdragsstyrning.assignment.Goal;

/**
 * The hand-written texts published for a goal in a period: the goal status sentence and the forecast, with
 * the numbers the text claims (as JSON) so that they can be checked against the reports.
 */
@Entity
public class GoalPeriodText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The goal (the assignment module's) by id. */
    @Column(name = "goal_id", nullable = false)
    private Long goalId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    private String goalStatus;

    private String goalStatusText;

    private String forecastText;

    private String claimedJson;

    private Instant updatedAt;

    protected GoalPeriodText() {
    }

    /** @param createdAt when it is created (the service's clock) */
    public GoalPeriodText(Goal goal, ReportingPeriod period, Instant createdAt) {
        this.goalId = goal.getId();
        this.period = period;
        this.updatedAt = createdAt;
    }

    public Long getGoalId() {
        return goalId;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public String getGoalStatus() {
        return goalStatus;
    }

    public String getGoalStatusText() {
        return goalStatusText;
    }

    public String getForecastText() {
        return forecastText;
    }

    public String getClaimedJson() {
        return claimedJson;
    }

    /** The coordinator's free-text analysis, published after the computed summary. */
    void writeAnalysis(String text, Instant at) {
        this.forecastText = text;
        this.updatedAt = at;
    }

    void update(String goalStatus, String goalStatusText, String forecastText, String claimedJson, Instant at) {
        this.goalStatus = goalStatus;
        this.goalStatusText = goalStatusText;
        this.forecastText = forecastText;
        this.claimedJson = claimedJson;
        this.updatedAt = at;
    }
}
