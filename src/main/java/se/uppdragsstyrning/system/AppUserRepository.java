package se.uppdragsstyrning.system;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByOrganisationCodeAndEnabledTrue(String organisationCode);

    List<AppUser> findAllByOrderByUsername();

    @org.springframework.data.jpa.repository.Query(
            "select distinct u from AppUser u join u.roles r where r = ?1 and u.enabled = true order by u.username")
    List<AppUser> findEnabledWithRole(Role role);

    @org.springframework.data.jpa.repository.Query(
            "select count(u) > 0 from AppUser u join u.roles r where r = ?1")
    boolean existsWithRole(Role role);
}
