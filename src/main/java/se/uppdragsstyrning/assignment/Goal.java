package se.uppdragsstyrning.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

/** A council goal (fokusmål / inriktningsmål) grouping assignments, with its description sections. */
@Entity
public class Goal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int number;

    private String title;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "goal_section", joinColumns = @JoinColumn(name = "goal_id"))
    @OrderColumn(name = "position")
    private List<GoalSection> sections = new ArrayList<>();

    private Instant createdAt;

    private Instant updatedAt;

    protected Goal() {
    }

    /** @param createdAt when it is registered (the service's clock) */
    public Goal(int number, String title, Instant createdAt) {
        this.number = number;
        this.title = title;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public List<GoalSection> getSections() {
        return Collections.unmodifiableList(sections);
    }

    void setTitle(String title, Instant at) {
        this.title = title;
        this.updatedAt = at;
    }

    void replaceSections(List<GoalSection> sections, Instant at) {
        this.sections.clear();
        this.sections.addAll(sections);
        this.updatedAt = at;
    }
}
