package se.uppdragsstyrning.workflow;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface JobFailureRepository extends JpaRepository<JobFailure, Long> {

    List<JobFailure> findTop200ByResolvedAtIsNullOrderByFailedAtDescIdDesc();

    long countByResolvedAtIsNullAndRetriesLeftLessThanEqual(int retriesLeft);

    long countByJobKey(long jobKey);

    /** The incidents: failures with no retries left that nobody has retried yet. */
    List<JobFailure> findByResolvedAtIsNullAndRetriesLeftLessThanEqualOrderByFailedAtDescIdDesc(int retriesLeft);

    /** Every failure of the job is dealt with (its incident was resolved and the job given new retries). */
    @Modifying
    @Query("update JobFailure f set f.resolvedAt = ?2 where f.jobKey = ?1 and f.resolvedAt is null")
    int resolve(long jobKey, Instant at);
}
