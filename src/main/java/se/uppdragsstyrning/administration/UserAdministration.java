package se.uppdragsstyrning.administration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.administration.AdminChange.Subject;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.system.AppUser;
import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.system.ProblemsException;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * The administrator's work on users: create, change name, e-mail, roles and organisation, disable and enable
 * (accounts are never deleted: what a user did stays hers), and set a new password. Every problem of a request is
 * listed in Swedish and nothing is stored; the last active administrator cannot be disabled or lose the role
 * (409). Every change is kept in the administration history.
 */
@Service
@Transactional(readOnly = true)
class UserAdministration {

    static final int MIN_PASSWORD = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,59}");
    private static final Set<Role> BOARD_ROLES = EnumSet.of(Role.SECRETARY, Role.BOARD_APPROVER);

    /** What a form or an API body gives for a user; {@code password} only when she is created. */
    record UserForm(String username, String displayName, String email, String organisationCode, List<String> roles,
            String password) {

        static UserForm of(AppUser user) {
            return new UserForm(user.getUsername(), user.getDisplayName(), user.getEmail(),
                    user.getOrganisationCode(), user.getRoles().stream().map(Role::name).sorted().toList(), null);
        }
    }

    /** A user as the administration shows her. */
    record UserView(String username, String displayName, String email, String organisationCode,
            String organisationName, List<Role> roles, boolean enabled) {
    }

    private final UserAccounts accounts;
    private final OrganisationService organisations;
    private final AdminHistory history;
    private final AdminMessages messages;

    UserAdministration(UserAccounts accounts, OrganisationService organisations, AdminHistory history,
            AdminMessages messages) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.history = history;
        this.messages = messages;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserView> users() {
        Map<String, String> names = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getCode, Organisation::getName));
        return accounts.all().stream().map(user -> view(user, names)).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserView user(String username) {
        return view(existing(username));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserForm form(String username) {
        return UserForm.of(existing(username));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AdminHistory.Entry> history(String username) {
        return history.of(Subject.USER, existing(username).getUsername());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserView create(UserForm form, String actor) {
        List<Problem> problems = new ArrayList<>();
        String username = trimmed(form.username());
        if (username == null) {
            problems.add(messages.problem("username", "admin.user.username.required"));
        } else if (!USERNAME.matcher(username).matches()) {
            problems.add(messages.problem("username", "admin.user.username.format"));
        } else if (accounts.find(username).isPresent()) {
            problems.add(messages.problem("username", "admin.user.username.taken", username));
        }
        Set<Role> roles = check(form, problems);
        checkPassword(form.password(), problems);
        AdminMessages.refuseIf(problems);
        AppUser user = accounts.createIfMissing(username, form.password(), trimmed(form.displayName()),
                trimmed(form.email()), trimmed(form.organisationCode()), roles);
        history.record(actor, Subject.USER, username, "created", null, describe(user));
        return view(user);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserView update(String username, UserForm form, String actor) {
        AppUser user = existing(username);
        List<Problem> problems = new ArrayList<>();
        Set<Role> roles = check(form, problems);
        AdminMessages.refuseIf(problems);
        if (!roles.contains(Role.ADMIN)) {
            keepAnAdministrator(user);
        }
        String displayName = trimmed(form.displayName());
        String email = trimmed(form.email());
        String organisation = trimmed(form.organisationCode());
        history.record(actor, Subject.USER, username, "displayName", user.getDisplayName(), displayName);
        history.record(actor, Subject.USER, username, "email", user.getEmail(), email);
        history.record(actor, Subject.USER, username, "organisation", user.getOrganisationCode(), organisation);
        history.record(actor, Subject.USER, username, "roles", user.getRoles(), roles);
        return view(accounts.update(username, displayName, email, organisation, roles));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserView setEnabled(String username, boolean enabled, String actor) {
        AppUser user = existing(username);
        if (!enabled) {
            keepAnAdministrator(user);
        }
        history.record(actor, Subject.USER, username, "enabled", yesNo(user.isEnabled()), yesNo(enabled));
        return view(accounts.setEnabled(username, enabled));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserView resetPassword(String username, String password, String actor) {
        existing(username);
        List<Problem> problems = new ArrayList<>();
        checkPassword(password, problems);
        AdminMessages.refuseIf(problems);
        AppUser user = accounts.resetPassword(username, password);
        history.record(actor, Subject.USER, username, "password", null, messages.get("admin.history.passwordSet"));
        return view(user);
    }

    /** Checks name, e-mail, organisation and roles; answers the roles when they are all known. */
    private Set<Role> check(UserForm form, List<Problem> problems) {
        String displayName = trimmed(form.displayName());
        if (displayName == null) {
            problems.add(messages.problem("displayName", "admin.user.displayName.required"));
        } else if (displayName.length() > 200) {
            problems.add(messages.problem("displayName", "admin.tooLong", 200));
        }
        String email = trimmed(form.email());
        if (email != null && (email.length() > 200 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            problems.add(messages.problem("email", "admin.user.email.format"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> unknown = new ArrayList<>();
        for (String name : form.roles() == null ? List.<String>of() : form.roles()) {
            try {
                roles.add(Role.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException | NullPointerException e) {
                unknown.add(String.valueOf(name));
            }
        }
        if (!unknown.isEmpty()) {
            problems.add(messages.problem("roles", "admin.user.roles.unknown", String.join(", ", unknown)));
        } else if (roles.isEmpty()) {
            problems.add(messages.problem("roles", "admin.user.roles.required"));
        }
        String code = trimmed(form.organisationCode());
        if (code != null && organisations.findByCode(code).isEmpty()) {
            problems.add(messages.problem("organisationCode", "admin.user.organisation.unknown", code));
        } else if (code == null && roles.stream().anyMatch(BOARD_ROLES::contains)) {
            problems.add(messages.problem("organisationCode", "admin.user.organisation.required"));
        }
        return roles;
    }

    private void checkPassword(String password, List<Problem> problems) {
        if (password == null || password.isBlank()) {
            problems.add(messages.problem("password", "admin.user.password.required"));
        } else if (password.length() < MIN_PASSWORD) {
            problems.add(messages.problem("password", "admin.user.password.short", MIN_PASSWORD));
        }
    }

    /** Refuses (409) to take the last enabled administrator away. */
    private void keepAnAdministrator(AppUser user) {
        boolean activeAdmin = user.isEnabled() && user.getRoles().contains(Role.ADMIN);
        if (activeAdmin && accounts.withRole(Role.ADMIN).size() <= 1) {
            throw new ProblemsException(HttpStatus.CONFLICT,
                    List.of(messages.problem(null, "admin.user.lastAdmin", user.getUsername())));
        }
    }

    private AppUser existing(String username) {
        return accounts.find(username).orElseThrow(() -> new ProblemsException(HttpStatus.NOT_FOUND,
                List.of(messages.problem(null, "admin.user.unknown", username))));
    }

    private UserView view(AppUser user) {
        return view(user, user.getOrganisationCode() == null ? Map.of()
                : organisations.findByCode(user.getOrganisationCode())
                        .map(o -> Map.of(o.getCode(), o.getName())).orElse(Map.of()));
    }

    /** The user with her organisation's name from {@code names} (code to name). */
    private static UserView view(AppUser user, Map<String, String> names) {
        String organisationName = user.getOrganisationCode() == null ? null : names.get(user.getOrganisationCode());
        return new UserView(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getOrganisationCode(),
                organisationName, user.getRoles().stream().sorted().toList(), user.isEnabled());
    }

    private String describe(AppUser user) {
        return messages.get("admin.history.userCreated", user.getDisplayName(),
                user.getOrganisationCode() == null ? "–" : user.getOrganisationCode(),
                String.join(", ", user.getRoles().stream().map(Role::name).sorted().toList()));
    }

    private String yesNo(boolean enabled) {
        return messages.get(enabled ? "admin.user.enabled" : "admin.user.disabled");
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
