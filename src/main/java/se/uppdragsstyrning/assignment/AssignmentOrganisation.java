package se.uppdragsstyrning.assignment;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import se.uppdragsstyrning.organisation.Organisation;

/** An organisation's current part in an assignment, in the order the council listed it. */
@Embeddable
public class AssignmentOrganisation {

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    private ResponsibilityRole role;

    private int position;

    protected AssignmentOrganisation() {
    }

    AssignmentOrganisation(Organisation organisation, ResponsibilityRole role, int position) {
        this.organisation = organisation;
        this.role = role;
        this.position = position;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public ResponsibilityRole getRole() {
        return role;
    }

    public int getPosition() {
        return position;
    }
}
