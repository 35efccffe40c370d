package se.uppdragsstyrning.status;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The default goal status rule, the same decision table as {@code bpmn/goal-status.dmn} (first hit):
 * <ol>
 * <li>the share of assessed assignments that are not carried out (RED) is over {@code red-share} → RED;</li>
 * <li>the share that are delayed or not carried out (YELLOW + RED) is over {@code yellow-share} → YELLOW;</li>
 * <li>otherwise → GREEN.</li>
 * </ol>
 * Both thresholds default to 0.2 (a fifth) and are set with {@code uppdrag.status.goal-rule.red-share} and
 * {@code uppdrag.status.goal-rule.yellow-share}.
 */
@Component
class ShareGoalStatusRule implements GoalStatusRule {

    private final double redShare;
    private final double yellowShare;

    ShareGoalStatusRule(@Value("${uppdrag.status.goal-rule.red-share:0.2}") double redShare,
            @Value("${uppdrag.status.goal-rule.yellow-share:0.2}") double yellowShare) {
        if (redShare < 0 || redShare >= 1 || yellowShare < 0 || yellowShare >= 1) {
            throw new IllegalArgumentException("uppdrag.status.goal-rule: andelarna ska vara minst 0 och under 1, var "
                    + redShare + " och " + yellowShare);
        }
        this.redShare = redShare;
        this.yellowShare = yellowShare;
    }

    @Override
    public GoalStatus propose(StatusCounts counts) {
        double assessed = counts.assessed();
        if (counts.notCarriedOut() / assessed > redShare) {
            return GoalStatus.RED;
        }
        if ((counts.delayed() + counts.notCarriedOut()) / assessed > yellowShare) {
            return GoalStatus.YELLOW;
        }
        return GoalStatus.GREEN;
    }

    @Override
    public String version() {
        return String.format(Locale.ROOT, "share(red>%s,yellow>%s)", redShare, yellowShare);
    }
}
