package se.uppdragsstyrning.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.env.OriginTrackedMapPropertySource;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Stops start-up before any bean is created when the configuration files refer to an environment variable
 * without a default ({@code ${UPPDRAG_DB_URL}} in application-prod.yml) and nothing sets it. Without this
 * check Spring would carry on with the literal placeholder as the value and fail much later with an
 * unrelated-looking error. Only upper-case names count as environment variables; a property set directly
 * (for example {@code SPRING_DATASOURCE_URL}) makes its placeholder unnecessary.
 */
class RequiredSettingsCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern VARIABLE_WITHOUT_DEFAULT = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof OriginTrackedMapPropertySource configFile) {
                for (String property : configFile.getPropertyNames()) {
                    if (configFile.getProperty(property) instanceof String value && !resolves(environment, property)) {
                        Matcher variables = VARIABLE_WITHOUT_DEFAULT.matcher(value);
                        while (variables.find()) {
                            if (!environment.containsProperty(variables.group(1))) {
                                missing.computeIfAbsent(variables.group(1), name -> new ArrayList<>()).add(property);
                            }
                        }
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    private static boolean resolves(ConfigurableEnvironment environment, String property) {
        try {
            environment.getProperty(property);
            return true;
        } catch (IllegalArgumentException unresolvablePlaceholder) {
            return false;
        }
    }
}
