package se.uppdragsstyrning.assignment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An organisation's current part in an assignment, in the order the council listed it. The organisation is
 * referred to by id (it belongs to the organisation module).
 */
@Embeddable
public class AssignmentOrganisation {

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    private ResponsibilityRole role;

    private int position;

    protected AssignmentOrganisation() {
    }

    AssignmentOrganisation(Long organisationId, ResponsibilityRole role, int position) {
        this.organisationId = organisationId;
        this.role = role;
        this.position = position;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public ResponsibilityRole getRole() {
        return role;
    }

    public int getPosition() {
        return position;
    }
}
