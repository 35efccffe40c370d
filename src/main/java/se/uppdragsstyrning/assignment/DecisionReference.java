package se.uppdragsstyrning.assignment;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The council decision behind an assignment: case number, deciding body, date and paragraph (§). */
@Embeddable
public record DecisionReference(
        @Column(name = "decision_case") String caseNumber,
        @Column(name = "decision_body") String body,
        @Column(name = "decision_date") LocalDate date,
        @Column(name = "decision_paragraph") String paragraph,
        @Column(name = "decision_title") String title) {

    public boolean isEmpty() {
        return caseNumber == null && body == null && date == null && paragraph == null && title == null;
    }

    /** "KSN-2023-03223 KF 2024-06-17 §12" with the parts that are known. */
    public String citation() {
        StringBuilder text = new StringBuilder();
        for (Object part : new Object[] {caseNumber, body, date, paragraph}) {
            if (part != null) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(part);
            }
        }
        return text.toString();
    }
}
