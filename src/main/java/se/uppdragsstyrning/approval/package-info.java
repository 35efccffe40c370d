/**
 * Kommunstyrelsen's approval of a period's rollup: the decision page and API, the decisions stored with exactly
 * what they were made on. It reads the period and its assessments from reporting, the rollup from status, and
 * decides through the period's KS approval task (tasks); it refers to the period by id.
 */
@ApplicationModule(allowedDependencies = {"reporting", "status", "system", "tasks"})
package se.uppdragsstyrning.approval;

import org.springframework.modulith.ApplicationModule;
