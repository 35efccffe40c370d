package se.uppdragsstyrning.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import se.uppdragsstyrning.assignment.Goal;
import se.uppdragsstyrning.reporting.AssessmentEntry;

/** What a period's reports say about one goal, before the rule and the trend are applied. */
record GoalFacts(Goal goal, StatusCounts counts, SortedMap<Integer, Integer> ongoingByEndYear,
        int ongoingWithoutEndYear, List<AssessmentVersion> sources) {

    String sourceVersion() {
        return sourceVersion(sources);
    }

    /** SHA-256 (hex) over the sorted lines {@code ref=assessmentId@version}. */
    static String sourceVersion(List<AssessmentVersion> sources) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            sources.stream().map(AssessmentVersion::line).sorted()
                    .forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 saknas i Java-miljön", e);
        }
    }

    /** Counts a goal's assessments; {@code notAssessed} assignments take part through a board report only. */
    static GoalFacts of(Goal goal, List<AssessmentEntry> assessments, int notAssessed) {
        int done = 0;
        int onTrack = 0;
        int delayed = 0;
        int notCarriedOut = 0;
        int withoutEndYear = 0;
        SortedMap<Integer, Integer> endYears = new TreeMap<>();
        List<AssessmentVersion> sources = new ArrayList<>();
        for (AssessmentEntry assessment : assessments) {
            switch (assessment.status()) {
                case GREEN_DONE -> done++;
                case GREEN_ON_TRACK -> onTrack++;
                case YELLOW -> delayed++;
                case RED -> notCarriedOut++;
            }
            if (assessment.status().isOngoing()) {
                if (assessment.estimatedEndYear() == null) {
                    withoutEndYear++;
                } else {
                    endYears.merge(assessment.estimatedEndYear(), 1, Integer::sum);
                }
            }
            sources.add(new AssessmentVersion(assessment.id(), assessment.assignment().getRef(),
                    assessment.version()));
        }
        sources.sort(Comparator.comparing(AssessmentVersion::assignmentRef));
        return new GoalFacts(goal, new StatusCounts(done, onTrack, delayed, notCarriedOut, notAssessed), endYears,
                withoutEndYear, List.copyOf(sources));
    }
}
