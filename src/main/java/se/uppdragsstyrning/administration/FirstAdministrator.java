package se.uppdragsstyrning.administration;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.uppdragsstyrning.administration.AdminChange.Subject;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * Creates the first administrator at start-up from {@link FirstAdministratorProperties}, once: while any account
 * has the role, the settings are ignored (with a log line). Runs before the application reports itself ready.
 */
@Component
@EnableConfigurationProperties(FirstAdministratorProperties.class)
class FirstAdministrator {

    static final String ACTOR = "uppstart";
    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final FirstAdministratorProperties settings;
    private final UserAccounts accounts;
    private final AdminHistory history;

    FirstAdministrator(FirstAdministratorProperties settings, UserAccounts accounts, AdminHistory history) {
        this.settings = settings;
        this.accounts = accounts;
        this.history = history;
    }

    @EventListener(ApplicationStartedEvent.class)
    @Transactional
    public void createIfNone() {
        String username = UserAdministration.trimmed(settings.username());
        if (username == null) {
            return;
        }
        if (accounts.anyWithRole(Role.ADMIN)) {
            log.info("First administrator: an administrator exists already, uppdrag.first-admin (UPPDRAG_ADMIN_*)"
                    + " is ignored");
            return;
        }
        String password = settings.password();
        if (password == null || password.length() < UserAdministration.MIN_PASSWORD) {
            throw new IllegalStateException("UPPDRAG_ADMIN_PASSWORD (uppdrag.first-admin.password) must have at least "
                    + UserAdministration.MIN_PASSWORD + " characters to create the first administrator " + username);
        }
        if (accounts.find(username).isPresent()) {
            throw new IllegalStateException("UPPDRAG_ADMIN_USERNAME names the existing account " + username
                    + ", which is not an administrator; choose another username for the first administrator");
        }
        accounts.createIfMissing(username, password, settings.displayName(), null, null, Set.of(Role.ADMIN));
        history.record(ACTOR, Subject.USER, username, "created", null, "ADMIN");
        log.info("First administrator {} created", username);
    }
}
