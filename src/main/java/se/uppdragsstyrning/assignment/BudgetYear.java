package se.uppdragsstyrning.assignment;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A council budget registered in the system; its decisions are {@link BudgetYearDecision}s. */
@Entity
public class BudgetYear {

    @Id
    @Column(name = "budget_year")
    private Integer year;

    private String registeredBy;

    private Instant registeredAt;

    protected BudgetYear() {
    }

    BudgetYear(int year, String registeredBy, Instant registeredAt) {
        this.year = year;
        this.registeredBy = registeredBy;
        this.registeredAt = registeredAt;
    }

    public int getYear() {
        return year;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }
}
