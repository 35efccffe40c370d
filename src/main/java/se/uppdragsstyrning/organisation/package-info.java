/**
 * Boards and companies.
 *
 * <p>Its allowed dependencies are exactly those it has today (ModularityTest verifies them; the diagram is in
 * docs/modules).
 */
@ApplicationModule(allowedDependencies = {})
package se.uppdragsstyrning.organisation;

import org.springframework.modulith.ApplicationModule;
