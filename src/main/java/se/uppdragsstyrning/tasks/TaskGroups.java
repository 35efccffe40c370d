package se.uppdragsstyrning.tasks;

import java.util.LinkedHashSet;
import java.util.Set;

import se.uppdragsstyrning.system.AppUser;
import se.uppdragsstyrning.system.CurrentUser;
import se.uppdragsstyrning.system.Role;

/**
 * Whose tasks a person may see and do: a secretary those of her own organisation (candidate group = her
 * organisation code), a coordinator the COORDINATOR tasks, a KS approver the KS_APPROVER tasks.
 */
final class TaskGroups {

    private static final Set<Role> CENTRAL_ROLES = Set.of(Role.COORDINATOR, Role.KS_APPROVER);

    private TaskGroups() {
    }

    static Set<String> of(CurrentUser user) {
        return of(user.roles(), user.organisationCode());
    }

    static boolean canSee(CurrentUser user, UserTask task) {
        return of(user).contains(task.getCandidateGroup());
    }

    /** May the account be given a task of the group (when a task is reassigned)? */
    static boolean isMember(AppUser account, String group) {
        return account.isEnabled() && of(account.getRoles(), account.getOrganisationCode()).contains(group);
    }

    private static Set<String> of(Set<Role> roles, String organisationCode) {
        Set<String> groups = new LinkedHashSet<>();
        if (roles.contains(Role.SECRETARY) && organisationCode != null) {
            groups.add(organisationCode);
        }
        for (Role role : CENTRAL_ROLES) {
            if (roles.contains(role)) {
                groups.add(role.name());
            }
        }
        return groups;
    }
}
