package se.uppdragsstyrning.organisation;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationNameRepository extends JpaRepository<OrganisationName, Long> {

    List<OrganisationName> findByOrganisationIdOrderByValidFrom(Long organisationId);
}
