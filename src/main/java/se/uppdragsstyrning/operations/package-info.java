/**
 * Operations: what an administrator needs to keep the application running. The event publications that
 * the registry holds as incomplete (a listener failed, the application stopped before it ran), with their
 * resubmission by hand and on a schedule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Drift")
package se.uppdragsstyrning.operations;
