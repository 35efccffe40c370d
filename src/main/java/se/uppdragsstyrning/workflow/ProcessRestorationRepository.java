package se.uppdragsstyrning.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProcessRestorationRepository extends JpaRepository<ProcessRestoration, Long> {

    List<ProcessRestoration> findTop200ByOrderByRestoredAtDescIdDesc();
}
