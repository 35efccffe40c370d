/**
 * Reporting periods, board reports, combined assessments per assignment and period.
 *
 * <p>Its allowed dependencies are exactly those it has today (ModularityTest verifies them; the diagram is in
 * docs/modules).
 */
@ApplicationModule(allowedDependencies = {"assignment", "organisation", "system"})
package se.uppdragsstyrning.reporting;

import org.springframework.modulith.ApplicationModule;
