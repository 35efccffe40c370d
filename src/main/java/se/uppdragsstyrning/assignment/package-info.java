/**
 * Goals, assignments, decision references, responsibility transfers and the register history.
 *
 * <p>Its allowed dependencies are exactly those it has today (ModularityTest verifies them; the diagram is in
 * docs/modules).
 */
@ApplicationModule(allowedDependencies = "organisation")
package se.uppdragsstyrning.assignment;

import org.springframework.modulith.ApplicationModule;
