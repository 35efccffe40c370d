package se.uppdragsstyrning.administration;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdminChangeRepository extends JpaRepository<AdminChange, Long> {

    List<AdminChange> findBySubjectKindAndSubjectOrderByChangedAtDescIdDesc(AdminChange.Subject kind,
            String subject);
}
