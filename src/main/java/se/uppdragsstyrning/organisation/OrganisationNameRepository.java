package se.uppdragsstyrning.organisation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationNameRepository extends JpaRepository<OrganisationName, Long> {

    List<OrganisationName> findByOrganisationIdOrderByValidFrom(Long organisationId);

    List<OrganisationName> findByOrganisationIdInOrderByValidFrom(Collection<Long> organisationIds);
}
