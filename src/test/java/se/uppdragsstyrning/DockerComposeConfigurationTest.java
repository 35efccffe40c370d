package se.uppdragsstyrning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be started on the build machines (no Docker engine), so this test checks that its
 * application service is wired to what the application actually reads.
 *
 * <p>The rule for "a variable the application reads": either (1) the configuration files name it as a
 * placeholder ({@code ${UPPDRAG_DB_URL}}, with or without a default), or (2) Spring Boot binds it to a real
 * property by relaxed binding, i.e. it equals a known property name written the environment way (upper case,
 * dots to underscores, dashes dropped: {@code spring.mail.host} = {@code SPRING_MAIL_HOST}). Known properties
 * are those declared in the Spring configuration metadata of the libraries on the classpath and the keys of
 * the application's own configuration files. Anything else (a typo, a renamed variable) is set for nothing.
 */
class DockerComposeConfigurationTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");
    private static final List<String> CONFIGURATION_FILES = List.of("application.yml", "application-prod.yml");

    private static Map<String, Object> services;
    private static Map<String, String> appEnvironment;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readComposeFile() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
        appEnvironment = environmentOf("app");
    }

    @Test
    void everyVariableTheAppServiceSetsIsReadByTheApplication() throws IOException {
        Set<String> placeholders = placeholders(false);
        Set<String> propertiesAsVariables = new HashSet<>();
        knownPropertyNames().forEach(name -> propertiesAsVariables.add(asEnvironmentVariable(name)));

        Set<String> unread = new TreeSet<>(appEnvironment.keySet());
        unread.removeIf(variable -> placeholders.contains(variable) || propertiesAsVariables.contains(variable));

        assertThat(unread).as("variables the app service sets but the application never reads").isEmpty();
    }

    @Test
    void everyVariableTheProductionProfileRequiresIsSet() throws IOException {
        assertThat(placeholders(true)).as("variables without a default in the configuration files")
                .isNotEmpty()
                .allSatisfy(variable -> assertThat(appEnvironment).containsKey(variable));
        assertThat(appEnvironment).containsEntry("SPRING_PROFILES_ACTIVE", "prod");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAppStartsOnlyWhenTheServicesItNamesAreHealthy() {
        Map<String, Object> dependsOn = (Map<String, Object>) service("app").get("depends_on");
        for (String variable : List.of("UPPDRAG_DB_URL", "UPPDRAG_ZEEBE_GRPC_ADDRESS", "UPPDRAG_ZEEBE_REST_ADDRESS")) {
            String host = URI.create(appEnvironment.get(variable).replaceFirst("^jdbc:", "")).getHost();
            assertThat(services).as("service named by %s", variable).containsKey(host);
            assertThat(service(host)).as("healthcheck of %s", host).containsKey("healthcheck");
            assertThat((Map<String, Object>) dependsOn.get(host)).as("app depends on %s", host)
                    .containsEntry("condition", "service_healthy");
        }
        Map<String, String> postgres = environmentOf("postgres");
        assertThat(appEnvironment.get("UPPDRAG_DB_URL")).endsWith("/" + postgres.get("POSTGRES_DB"));
        assertThat(appEnvironment.get("UPPDRAG_DB_USER")).isEqualTo(postgres.get("POSTGRES_USER"));
        assertThat(appEnvironment.get("UPPDRAG_DB_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
    }

    /** Placeholders in the configuration files: all of them, or only those without a default. */
    private static Set<String> placeholders(boolean withoutDefaultOnly) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String file : CONFIGURATION_FILES) {
            Matcher matcher = PLACEHOLDER.matcher(classpathText(file));
            while (matcher.find()) {
                if (!withoutDefaultOnly || matcher.group(2) == null) {
                    names.add(matcher.group(1));
                }
            }
        }
        return names;
    }

    private static Set<String> knownPropertyNames() throws IOException {
        Set<String> names = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Resource metadata : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:META-INF/spring-configuration-metadata.json")) {
            try (InputStream in = metadata.getInputStream()) {
                for (JsonNode property : json.readTree(in).path("properties")) {
                    names.add(property.path("name").asText());
                }
            }
        }
        for (String file : CONFIGURATION_FILES) {
            flatten("", new Yaml().load(classpathText(file)), names);
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? key.toString() : prefix + "." + key, value, names));
        } else {
            names.add(prefix);
        }
    }

    /** Spring Boot's environment-variable form of a property name. */
    private static String asEnvironmentVariable(String property) {
        return property.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) services.get(name);
    }

    /** A service's environment, written as a map or as a list of NAME=value. */
    private static Map<String, String> environmentOf(String serviceName) {
        Object environment = service(serviceName).get("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> variables.put(key.toString(), value == null ? "" : value.toString()));
        } else if (environment instanceof List<?> list) {
            list.forEach(entry -> {
                String[] parts = entry.toString().split("=", 2);
                variables.put(parts[0], parts.length > 1 ? parts[1] : "");
            });
        }
        return variables;
    }

    private static String classpathText(String name) throws IOException {
        try (InputStream in = DockerComposeConfigurationTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
