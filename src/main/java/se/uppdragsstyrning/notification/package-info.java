/**
 * Reminders and escalations: each person's notices, e-mail through Spring Mail.
 *
 * <p>Its allowed dependencies are exactly those it has today (ModularityTest verifies them; the diagram is in
 * docs/modules).
 */
@ApplicationModule(allowedDependencies = "system")
package se.uppdragsstyrning.notification;

import org.springframework.modulith.ApplicationModule;
