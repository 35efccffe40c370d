package se.uppdragsstyrning.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByCode(String code);

    @Query("select o from Organisation o join o.aliases a where lower(a) = lower(?1)")
    Optional<Organisation> findByAlias(String alias);

    List<Organisation> findByActiveTrueOrderByName();

    List<Organisation> findAllByOrderByName();
}
