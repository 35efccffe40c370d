package se.uppdragsstyrning.assignment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

/** An assignment (uppdrag) the council gives to one or more boards and companies. */
@Entity
public class Assignment {

    /**
     * The council's order of assignments, wherever they are listed, exported or published: by goal, then budget
     * assignments before additional and carried-over ones, by number (unnumbered last), then in the order they were
     * registered.
     */
    public static final Comparator<Assignment> COUNCIL_ORDER = Comparator
            .comparing((Assignment a) -> a.getGoal().getNumber())
            .thenComparing(Assignment::getOrigin)
            .thenComparing(Assignment::getNumber, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Assignment::getId, Comparator.nullsLast(Comparator.naturalOrder()));


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stable business key, e.g. "2025-34" or "2025-T5"; import and URLs use it. */
    private String ref;

    @ManyToOne(optional = false)
    @JoinColumn(name = "goal_id")
    private Goal goal;

    private Integer number;

    @Enumerated(EnumType.STRING)
    private AssignmentOrigin origin;

    private String title;

    private String description;

    /** "Alla nämnder och bolag": every active organisation is responsible. */
    private boolean responsibleAll;

    @Embedded
    private DecisionReference decision;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assignment_organisation", joinColumns = @JoinColumn(name = "assignment_id"))
    private List<AssignmentOrganisation> organisations = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private AssignmentState state = AssignmentState.ACTIVE;

    private String closedReason;

    private Instant closedAt;

    /** The council budget that adopted it (the year of the follow-up it was imported from); null: not known. */
    private Integer budgetYear;

    /** The last year it is active in: renewed under a new number, ended, or known only from an older follow-up. */
    private Integer lastYear;

    /** The ref of the assignment it continues under a new number (e.g. 2023's Uppdrag 20 as 2025's Uppdrag 34). */
    private String continuesRef;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    /** @param createdAt when it is registered (the service's clock) */
    public Assignment(String ref, Goal goal, Integer number, AssignmentOrigin origin, String title, Instant createdAt) {
        this.ref = ref;
        this.goal = goal;
        this.number = number;
        this.origin = origin;
        this.title = title;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRef() {
        return ref;
    }

    public Goal getGoal() {
        return goal;
    }

    public Integer getNumber() {
        return number;
    }

    public AssignmentOrigin getOrigin() {
        return origin;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isResponsibleAll() {
        return responsibleAll;
    }

    public DecisionReference getDecision() {
        return decision == null || decision.isEmpty() ? null : decision;
    }

    public AssignmentState getState() {
        return state;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Integer getBudgetYear() {
        return budgetYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public String getContinuesRef() {
        return continuesRef;
    }

    /**
     * Whether it takes part in a period of the year: not closed, adopted in that year or before, and not ended
     * (renewed, ended by a budget decision, or superseded by a later year's follow-up) before it.
     */
    public boolean isActiveIn(int year) {
        return state == AssignmentState.ACTIVE && (budgetYear == null || budgetYear <= year)
                && (lastYear == null || year <= lastYear);
    }

    /** Active, with no end year decided: an unfinished assignment a new budget year decides on. */
    public boolean isOpenEnded() {
        return state == AssignmentState.ACTIVE && lastYear == null;
    }

    /**
     * The ids of the named responsible organisations (empty when {@link #isResponsibleAll()}), in council order;
     * {@link AssignmentService#parties} reads the organisations.
     */
    public List<Long> getResponsibleIds() {
        return organisationsIn(ResponsibilityRole.RESPONSIBLE);
    }

    /** The ids of the concerned organisations, in council order. */
    public List<Long> getConcernedIds() {
        return organisationsIn(ResponsibilityRole.CONCERNED);
    }

    /** "Uppdrag 34" for numbered ones, "Tillkommande uppdrag" for additional ones. */
    public String getLabel() {
        return number != null ? "Uppdrag " + number : "Tillkommande uppdrag";
    }

    /**
     * A name that tells assignments apart in a notice's subject: "Uppdrag 34", or for an additional one the
     * beginning of its title ("Tillkommande uppdrag: att uppdra till kommunstyrelsen att …").
     */
    public String getShortName() {
        if (number != null) {
            return getLabel();
        }
        return getLabel() + ": " + (title.length() <= 60 ? title : title.substring(0, 60).stripTrailing() + " …");
    }

    private List<Long> organisationsIn(ResponsibilityRole role) {
        return organisations.stream()
                .filter(o -> o.getRole() == role)
                .sorted(Comparator.comparingInt(AssignmentOrganisation::getPosition))
                .map(AssignmentOrganisation::getOrganisationId)
                .toList();
    }

    void setGoal(Goal goal, Instant at) {
        this.goal = goal;
        this.updatedAt = at;
    }

    void setNumber(Integer number, Instant at) {
        this.number = number;
        this.updatedAt = at;
    }

    void setOrigin(AssignmentOrigin origin, Instant at) {
        this.origin = origin;
        this.updatedAt = at;
    }

    void setTitle(String title, Instant at) {
        this.title = title;
        this.updatedAt = at;
    }

    void setDescription(String description, Instant at) {
        this.description = description;
        this.updatedAt = at;
    }

    void setDecision(DecisionReference decision, Instant at) {
        this.decision = decision;
        this.updatedAt = at;
    }

    void assignOrganisations(boolean responsibleAll, List<Long> responsibleIds, List<Long> concernedIds, Instant at) {
        this.responsibleAll = responsibleAll;
        organisations.clear();
        int position = 0;
        for (Long organisationId : responsibleIds) {
            organisations.add(new AssignmentOrganisation(organisationId, ResponsibilityRole.RESPONSIBLE, position++));
        }
        for (Long organisationId : concernedIds) {
            organisations.add(new AssignmentOrganisation(organisationId, ResponsibilityRole.CONCERNED, position++));
        }
        this.updatedAt = at;
    }

    /** Moves responsibility from one organisation to another (null: from nobody), keeping the council order. */
    void moveResponsibility(Long fromId, Long toId, Instant at) {
        List<Long> responsible = new ArrayList<>(getResponsibleIds());
        boolean alreadyResponsible = responsible.contains(toId);
        int index = fromId == null ? -1 : responsible.lastIndexOf(fromId);
        if (index >= 0 && alreadyResponsible) {
            responsible.remove(index);
        } else if (index >= 0) {
            responsible.set(index, toId);
        } else if (!alreadyResponsible) {
            responsible.add(toId);
        }
        assignOrganisations(false, responsible, getConcernedIds(), at);
    }

    void setBudgetYear(Integer budgetYear, Instant at) {
        this.budgetYear = budgetYear;
        this.updatedAt = at;
    }

    void setContinuesRef(String continuesRef, Instant at) {
        this.continuesRef = continuesRef;
        this.updatedAt = at;
    }

    /** It is active up to and including the year, and not after it. */
    void endWith(Integer lastYear, Instant at) {
        this.lastYear = lastYear;
        this.updatedAt = at;
    }

    void close(AssignmentState state, String reason, Instant at) {
        this.state = state;
        this.closedReason = reason;
        this.closedAt = at;
        this.updatedAt = at;
    }
}
