package se.uppdragsstyrning.workflow;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JobFailureRepository extends JpaRepository<JobFailure, Long> {

    List<JobFailure> findTop200ByResolvedAtIsNullOrderByFailedAtDescIdDesc();

    long countByResolvedAtIsNullAndRetriesLeftLessThanEqual(int retriesLeft);

    long countByJobKey(long jobKey);
}
