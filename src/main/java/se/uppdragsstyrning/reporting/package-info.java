/**
 * Reporting periods, board reports, combined assessments per assignment and period. Supplies what the inbox
 * shows of a reporting task ({@code tasks.TaskContent}) and stores the board reports submitted through tasks.
 *
 * <p>Its allowed dependencies are exactly those it has today (ModularityTest verifies them; the diagram is in
 * docs/modules).
 */
@ApplicationModule(allowedDependencies = {"assignment", "organisation", "system", "tasks"})
package se.uppdragsstyrning.reporting;

import org.springframework.modulith.ApplicationModule;
