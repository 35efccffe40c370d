package se.uppdragsstyrning.organisation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** An organisation's name from a date on (until the next entry's date). */
@Entity
class OrganisationName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organisationId;

    private String name;

    private LocalDate validFrom;

    protected OrganisationName() {
    }

    OrganisationName(Long organisationId, String name, LocalDate validFrom) {
        this.organisationId = organisationId;
        this.name = name;
        this.validFrom = validFrom;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    String getName() {
        return name;
    }

    LocalDate getValidFrom() {
        return validFrom;
    }

    void setName(String name) {
        this.name = name;
    }

    void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }
}
