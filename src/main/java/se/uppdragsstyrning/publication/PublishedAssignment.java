package se.uppdragsstyrning.publication;

import java.util.List;

import se.uppdragsstyrning.assignment.AssignmentOrigin;
import se.uppdragsstyrning.reporting.AnalysisText;
import se.uppdragsstyrning.reporting.ReportStatus;

/** An assignment as the public follow-up shows it: its approved assessment in the period. */
record PublishedAssignment(
        String ref,
        int goal,
        Integer number,
        AssignmentOrigin origin,
        String title,
        ReportStatus status,
        boolean responsibleAll,
        List<String> responsible,
        String reportedAs,
        String assessment,
        Integer estimatedEndYear,
        String description) {

    /** The assessment's paragraphs; the first one follows "Bedömning: Rapportering augusti 2025:". */
    public List<String> assessmentParagraphs() {
        return AnalysisText.paragraphs(assessment);
    }

    public List<String> descriptionParagraphs() {
        return AnalysisText.paragraphs(description);
    }
}
