/**
 * The public follow-up of approved periods: pages, PDF and open data. It reads the approved periods and their
 * assessments through reporting's API, the goals and assignments through assignment's, the rollups through
 * status's, and stores nothing of its own.
 */
@ApplicationModule(allowedDependencies = {"assignment", "organisation", "reporting", "status", "system"})
package se.uppdragsstyrning.publication;

import org.springframework.modulith.ApplicationModule;
