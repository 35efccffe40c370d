package se.uppdragsstyrning.system;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The user accounts: where logins are checked and where the administrator keeps users and roles. */
@Service
@Transactional(readOnly = true)
public class UserAccounts implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;

    UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return users.findByUsername(username).map(CurrentUser::of)
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<AppUser> find(String username) {
        return users.findByUsername(username);
    }

    public List<AppUser> all() {
        return users.findAllByOrderByUsername();
    }

    /** The enabled people of an organisation (for reassigning tasks and sending notices). */
    public List<AppUser> ofOrganisation(String organisationCode) {
        return users.findByOrganisationCodeAndEnabledTrue(organisationCode);
    }

    /** The enabled people who have the role (e.g. every coordinator, for escalations). */
    public List<AppUser> withRole(Role role) {
        return users.findEnabledWithRole(role);
    }

    /** Creates the account unless one with that name exists; returns the account. */
    @Transactional
    public AppUser createIfMissing(String username, String rawPassword, String displayName, String email,
            String organisationCode, Set<Role> roles) {
        return users.findByUsername(username).orElseGet(() -> users.save(new AppUser(username,
                passwordEncoder.encode(rawPassword), displayName, email, organisationCode, roles)));
    }
}
