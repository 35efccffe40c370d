package se.uppdragsstyrning.system;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The embedded default keeps its database across restarts. Started with {@code --reset-demo} (or
 * {@code uppdrag.demo.reset=true}) it empties the database first, so that the demo data is read in afresh. Only in
 * the demo: a production installation has no such switch.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "uppdrag.demo.enabled", havingValue = "true")
class DemoDatabaseReset {

    static final String RESET_ARGUMENT = "reset-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoDatabaseReset.class);

    @Bean
    FlywayMigrationStrategy resetThenMigrate(Environment environment) {
        return flyway -> {
            if (environment.containsProperty(RESET_ARGUMENT)
                    || environment.getProperty("uppdrag.demo.reset", Boolean.class, false)) {
                log.warn("--reset-demo: demodatabasen töms och demodata läses in på nytt");
                Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
            }
            flyway.migrate();
        };
    }
}
