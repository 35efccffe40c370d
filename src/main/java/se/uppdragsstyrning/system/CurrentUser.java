package se.uppdragsstyrning.system;

import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The logged-in person as the application sees her: name, organisation and roles. */
public record CurrentUser(String username, String passwordHash, String displayName, String email,
        String organisationCode, Set<Role> roles, boolean enabled) implements UserDetails {

    static CurrentUser of(AppUser user) {
        return new CurrentUser(user.getUsername(), user.getPasswordHash(), user.getDisplayName(), user.getEmail(),
                user.getOrganisationCode(), user.getRoles(), user.isEnabled());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
