package se.uppdragsstyrning.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The default goal status rule: shares of RED and of YELLOW + RED over the thresholds. */
class ShareGoalStatusRuleTest {

    private final ShareGoalStatusRule rule = new ShareGoalStatusRule(0.2, 0.2);

    @Test
    void redShareOverTheThresholdMakesTheGoalRed() {
        assertThat(rule.propose(new StatusCounts(2, 5, 0, 3, 0))).isEqualTo(GoalStatus.RED);
        // exactly a fifth is not over the threshold: delayed + red = 2 of 10 stays green
        assertThat(rule.propose(new StatusCounts(2, 6, 0, 2, 0))).isEqualTo(GoalStatus.GREEN);
    }

    @Test
    void delayedAndRedTogetherOverTheThresholdMakeItYellow() {
        assertThat(rule.propose(new StatusCounts(0, 7, 2, 1, 0))).isEqualTo(GoalStatus.YELLOW);
        assertThat(rule.propose(new StatusCounts(1, 22, 0, 0, 0))).isEqualTo(GoalStatus.GREEN);
    }

    @Test
    void assignmentsNotYetAssessedDoNotCount() {
        assertThat(rule.propose(new StatusCounts(0, 1, 0, 0, 9))).isEqualTo(GoalStatus.GREEN);
    }

    @Test
    void thresholdsAreConfigurableAndChecked() {
        ShareGoalStatusRule strict = new ShareGoalStatusRule(0, 0);
        assertThat(strict.propose(new StatusCounts(0, 9, 1, 0, 0))).isEqualTo(GoalStatus.YELLOW);
        assertThat(strict.version()).isNotEqualTo(rule.version());
        assertThatThrownBy(() -> new ShareGoalStatusRule(1.5, 0.2)).hasMessageContaining("andelarna");
    }

    @Test
    void trendFollowsGreenOverYellowOverRed() {
        assertThat(Trend.between(GoalStatus.YELLOW, GoalStatus.GREEN)).isEqualTo(Trend.IMPROVED);
        assertThat(Trend.between(GoalStatus.GREEN, GoalStatus.RED)).isEqualTo(Trend.WORSENED);
        assertThat(Trend.between(GoalStatus.RED, GoalStatus.RED)).isEqualTo(Trend.UNCHANGED);
        assertThat(Trend.between(null, GoalStatus.RED)).isNull();
    }
}
