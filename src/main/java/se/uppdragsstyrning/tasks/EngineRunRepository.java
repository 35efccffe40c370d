package se.uppdragsstyrning.tasks;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface EngineRunRepository extends JpaRepository<EngineRun, String> {

    Optional<EngineRun> findFirstByOrderByStartedAtDescIdDesc();

    /** Locks the latest run: instances that begin a run at the same moment take turns. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<EngineRun> findTopByOrderByStartedAtDescIdDesc();
}
