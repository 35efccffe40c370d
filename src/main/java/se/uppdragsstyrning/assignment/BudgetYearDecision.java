package se.uppdragsstyrning.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** What a budget year decided for one unfinished assignment of the earlier year. */
@Entity
public class BudgetYearDecision {

    /** Carried over (kvarvarande, keeps its ref), renewed under a new number (a new ref), or ended. */
    public enum Kind {
        CARRIED_OVER, RENEWED, ENDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "budget_year")
    private int year;

    private String assignmentRef;

    @Enumerated(EnumType.STRING)
    private Kind decision;

    private String newRef;

    protected BudgetYearDecision() {
    }

    BudgetYearDecision(int year, String assignmentRef, Kind decision, String newRef) {
        this.year = year;
        this.assignmentRef = assignmentRef;
        this.decision = decision;
        this.newRef = newRef;
    }

    public int getYear() {
        return year;
    }

    public String getAssignmentRef() {
        return assignmentRef;
    }

    public Kind getDecision() {
        return decision;
    }

    public String getNewRef() {
        return newRef;
    }
}
