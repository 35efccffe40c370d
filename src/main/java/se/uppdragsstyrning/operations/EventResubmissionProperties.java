package se.uppdragsstyrning.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code uppdrag.events.resubmission.*}: how often incomplete event publications are handed to their listeners
 * again, and how old one must be before it is (younger ones are most likely still being processed).
 *
 * @param enabled false switches the scheduled resubmission off (the button on /admin/handelser still works)
 * @param interval the pause between two runs
 * @param olderThan only publications published longer ago than this are resubmitted
 */
@ConfigurationProperties("uppdrag.events.resubmission")
record EventResubmissionProperties(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration interval,
        @DefaultValue("PT1M") Duration olderThan) {
}
