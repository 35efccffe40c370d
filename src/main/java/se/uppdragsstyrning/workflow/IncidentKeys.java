package se.uppdragsstyrning.workflow;

import java.util.Optional;

/**
 * Finds the engine's incident for a job whose retries ran out, so that it can be resolved after the job gets new
 * retries. The embedded engine reads its own record stream ({@link EmbeddedEngineConfiguration}); an external
 * cluster is asked through its search API.
 */
interface IncidentKeys {

    Optional<Long> forJob(long jobKey);
}
