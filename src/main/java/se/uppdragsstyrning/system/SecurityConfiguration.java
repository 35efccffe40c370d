package se.uppdragsstyrning.system;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Two doors: the JSON API under {@code /api} (HTTP Basic, no session, so no cookie can be used for a forged
 * request) and the Swedish web UI (form login with CSRF tokens on every form). Public pages need no login.
 * Role checks sit on the controllers ({@code @PreAuthorize}) so that each endpoint says who may use it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String REALM = "Uppdragsstyrning";

    static final String[] PUBLIC_PAGES = {"/", "/rapport/**", "/css/**", "/js/**", "/images/**", "/webjars/**",
        "/favicon.ico", "/login", "/error", "/v3/api-docs/**", "/api-docs.html", "/swagger-ui/**"};

    /** The logged-in web sessions, so that disabling an account ends hers ({@link UserAccounts}). */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the session registry when a session ends. */
    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * A request without a login, or with a wrong password (which also gets the {@code WWW-Authenticate} challenge),
     * is answered 401 with the API's problem detail: Spring MVC's exception handling writes it.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver errors) throws Exception {
        AuthenticationEntryPoint problem = (request, response, e) -> errors.resolveException(request, response,
                null, e);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/public/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) -> {
                    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
                    problem.commence(request, response, e);
                }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problem))
                .build();
    }

    /** Health and info for anyone; Prometheus for administrators and the metrics account; the rest admins only. */
    @Bean
    @Order(2)
    SecurityFilterChain actuatorSecurity(HttpSecurity http, UserAccounts users, PasswordEncoder encoder,
            @Value("${uppdrag.metrics.username:}") String metricsUser,
            @Value("${uppdrag.metrics.password:}") String metricsPassword) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus"))
                        .hasAnyRole(Role.ADMIN.name(), MetricsAccount.ROLE)
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .authenticationManager(MetricsAccount.authentication(users, encoder, metricsUser, metricsPassword))
                .httpBasic(Customizer.withDefaults())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webSecurity(HttpSecurity http, SessionRegistry sessions) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/start", false).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?utloggad"))
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions)
                        .expiredUrl("/login?avslutad"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                                        + " frame-ancestors 'none'; form-action 'self'")))
                .build();
    }
}
