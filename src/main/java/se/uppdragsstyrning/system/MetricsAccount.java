package se.uppdragsstyrning.system;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Who may read the actuator endpoints with HTTP Basic: the application's administrators and, where
 * {@code uppdrag.metrics.username} and {@code uppdrag.metrics.password} are set (UPPDRAG_METRICS_USERNAME,
 * UPPDRAG_METRICS_PASSWORD), one account for Prometheus that may read {@code /actuator/prometheus} and nothing
 * else. The password may be given encoded ({@code {bcrypt}...}); a plain one is encoded at start-up.
 */
final class MetricsAccount {

    /** The role of the Prometheus account; not a role of the product. */
    static final String ROLE = "METRICS";

    private static final Logger log = LoggerFactory.getLogger(MetricsAccount.class);

    private MetricsAccount() {
    }

    static AuthenticationManager authentication(UserDetailsService users, PasswordEncoder encoder, String username,
            String password) {
        List<AuthenticationProvider> providers = new ArrayList<>();
        providers.add(provider(users, encoder));
        if (username != null && !username.isBlank()) {
            if (password == null || password.isBlank()) {
                throw new IllegalStateException("uppdrag.metrics.username (UPPDRAG_METRICS_USERNAME) är satt men "
                        + "uppdrag.metrics.password (UPPDRAG_METRICS_PASSWORD) saknas");
            }
            String encoded = password.startsWith("{") ? password : encoder.encode(password);
            providers.add(provider(new InMemoryUserDetailsManager(
                    User.withUsername(username).password(encoded).roles(ROLE).build()), encoder));
            log.info("Mätvärdeskontot {} får läsa /actuator/prometheus", username);
        }
        return new ProviderManager(providers);
    }

    private static DaoAuthenticationProvider provider(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return provider;
    }
}
