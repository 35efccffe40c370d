package se.uppdragsstyrning.administration;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import se.uppdragsstyrning.system.Role;

/** The roles of the product with their Swedish names and what each may do; read-only. */
@Service
class RoleList {

    /** A role with its Swedish name and description. */
    record RoleView(Role role, String name, String description) {
    }

    private final AdminMessages messages;

    RoleList(AdminMessages messages) {
        this.messages = messages;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<RoleView> roles() {
        return Arrays.stream(Role.values()).map(role -> new RoleView(role, messages.get("role." + role.name()),
                messages.get("admin.role.description." + role.name()))).toList();
    }
}
