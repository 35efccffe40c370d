/**
 * Administration: the administrator's pages and API for users (create, roles, organisation, disable and enable,
 * new password), organisations (code, dated names, kind, aliases, active dates) and the role list, every change
 * kept in the administration history; and the first administrator of a production installation.
 * The accounts themselves stay in system ({@code UserAccounts}), the organisations in organisation.
 */
@ApplicationModule(displayName = "Administration", allowedDependencies = {"system", "organisation"})
package se.uppdragsstyrning.administration;

import org.springframework.modulith.ApplicationModule;
