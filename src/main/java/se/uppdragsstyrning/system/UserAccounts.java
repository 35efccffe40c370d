package se.uppdragsstyrning.system;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user accounts: where logins are checked and where the administrator keeps users and roles. A disabled
 * account cannot log in (form or HTTP Basic), and the sessions its user had are ended; so are they when her roles,
 * organisation or password change, so that she works with what she now has. Accounts are never deleted: the
 * register's and the tasks' history name them.
 */
@Service
@Transactional(readOnly = true)
public class UserAccounts implements UserDetailsService {

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final SessionRegistry sessions;

    UserAccounts(AppUserRepository users, PasswordEncoder passwordEncoder, SessionRegistry sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
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

    /** Whether any account, enabled or not, has the role. */
    public boolean anyWithRole(Role role) {
        return users.existsWithRole(role);
    }

    /** Creates the account unless one with that name exists; returns the account. */
    @Transactional
    public AppUser createIfMissing(String username, String rawPassword, String displayName, String email,
            String organisationCode, Set<Role> roles) {
        return users.findByUsername(username).orElseGet(() -> users.save(new AppUser(username,
                passwordEncoder.encode(rawPassword), displayName, email, organisationCode, roles)));
    }

    /** Changes the account's name, e-mail, organisation and roles; her sessions end when roles or organisation do. */
    @Transactional
    public AppUser update(String username, String displayName, String email, String organisationCode,
            Set<Role> roles) {
        AppUser user = existing(username);
        boolean access = !user.getRoles().equals(roles)
                || !java.util.Objects.equals(user.getOrganisationCode(), organisationCode);
        user.update(displayName, email, organisationCode, roles);
        if (access) {
            endSessions(username);
        }
        return user;
    }

    /** Enables or disables the account; a disabled one cannot log in and her sessions end at once. */
    @Transactional
    public AppUser setEnabled(String username, boolean enabled) {
        AppUser user = existing(username);
        user.setEnabled(enabled);
        if (!enabled) {
            endSessions(username);
        }
        return user;
    }

    /** Gives the account a new password; her sessions end. */
    @Transactional
    public AppUser resetPassword(String username, String rawPassword) {
        AppUser user = existing(username);
        user.setPasswordHash(passwordEncoder.encode(rawPassword));
        endSessions(username);
        return user;
    }

    private AppUser existing(String username) {
        return users.findByUsername(username)
                .orElseThrow(() -> new IllegalArgumentException("Okänd användare: " + username));
    }

    /** The web sessions of the user are marked expired: her next request is answered as if she had logged out. */
    private void endSessions(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails details && details.getUsername().equals(username)) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
