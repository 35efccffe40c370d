package se.uppdragsstyrning.publication;

import java.util.List;
import java.util.Optional;

import se.uppdragsstyrning.reporting.PeriodId;

/** An approved period's public follow-up, goal by goal. */
record PublishedPeriod(PeriodId period, List<PublishedGoal> goals) {

    Optional<PublishedGoal> goal(int number) {
        return goals.stream().filter(g -> g.number() == number).findFirst();
    }

    List<PublishedAssignment> assignments() {
        return goals.stream().flatMap(g -> g.assignments().stream()).toList();
    }
}
