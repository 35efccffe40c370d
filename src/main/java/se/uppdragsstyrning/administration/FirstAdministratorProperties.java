package se.uppdragsstyrning.administration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator of an installation ({@code uppdrag.first-admin.*}; in production
 * {@code UPPDRAG_ADMIN_USERNAME} and {@code UPPDRAG_ADMIN_PASSWORD}): created at start-up while no administrator
 * exists, ignored afterwards. Without a username nothing is created.
 *
 * @param username    her username
 * @param password    her password, at least {@value UserAdministration#MIN_PASSWORD} characters
 * @param displayName her name as pages show it
 */
@ConfigurationProperties("uppdrag.first-admin")
record FirstAdministratorProperties(String username, String password,
        @DefaultValue("Administratör") String displayName) {
}
