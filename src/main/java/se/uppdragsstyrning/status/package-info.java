/**
 * The status read model per period and goal, the rollup API and the overview; updated on reporting's and the
 * import's events.
 *
 * <p>Its allowed dependencies are exactly those it has today (ModularityTest verifies them; the diagram is in
 * docs/modules).
 */
@ApplicationModule(allowedDependencies = {"assignment", "interchange", "organisation", "reporting"})
package se.uppdragsstyrning.status;

import org.springframework.modulith.ApplicationModule;
