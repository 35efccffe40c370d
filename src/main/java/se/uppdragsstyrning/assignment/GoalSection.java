package se.uppdragsstyrning.assignment;

import jakarta.persistence.Embeddable;

/** One headed section of a goal's description ("Tryggheten och jämlikheten", …). */
@Embeddable
public record GoalSection(String heading, String text) {
}
