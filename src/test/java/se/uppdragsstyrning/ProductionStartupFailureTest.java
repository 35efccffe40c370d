package se.uppdragsstyrning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;

/**
 * Start-up with the production profile against services that are missing or do not answer: the operator gets
 * Spring Boot's failure report with one sentence saying what is wrong, not a stack trace. Each case starts the
 * real application (as {@code java -jar … --spring.profiles.active=prod} would) without the machine's
 * environment variables, so nothing set in the shell running the tests changes the outcome.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartupFailureTest {

    private static final String H2 = "jdbc:h2:mem:prodcheck;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";

    @Test
    void missingVariablesAreNamedInOneSentence(CapturedOutput output) {
        startProduction();

        assertFailureReport(output, "Miljövariablerna UPPDRAG_DB_URL, UPPDRAG_DB_USER, UPPDRAG_DB_PASSWORD och"
                + " UPPDRAG_ZEEBE_GRPC_ADDRESS saknas men behövs för spring.datasource.url,"
                + " spring.datasource.username, spring.datasource.password och camunda.client.grpc-address.");
    }

    @Test
    void aPropertySetDirectlyNeedsNoVariable(CapturedOutput output) {
        startProduction("--spring.datasource.url=" + H2, "--UPPDRAG_DB_USER=sa", "--UPPDRAG_DB_PASSWORD=");

        assertFailureReport(output, "Miljövariabeln UPPDRAG_ZEEBE_GRPC_ADDRESS saknas men behövs för"
                + " camunda.client.grpc-address.");
    }

    @Test
    void unreachableDatabaseIsOneSentence(CapturedOutput output) {
        int closedPort = closedPort();
        startProduction("--UPPDRAG_DB_URL=jdbc:postgresql://127.0.0.1:" + closedPort + "/uppdrag?password=secret",
                "--UPPDRAG_DB_USER=uppdrag", "--UPPDRAG_DB_PASSWORD=secret",
                "--UPPDRAG_ZEEBE_GRPC_ADDRESS=http://127.0.0.1:" + closedPort());

        assertFailureReport(output, "Databasen på jdbc:postgresql://127.0.0.1:" + closedPort
                + "/uppdrag svarar inte (Connection refused).");
        assertThat(output).contains("Kontrollera UPPDRAG_DB_URL").doesNotContain("password=secret");
    }

    @Test
    void unreachableZeebeGatewayIsOneSentence(CapturedOutput output) {
        int closedPort = closedPort();
        startProduction("--UPPDRAG_DB_URL=" + H2, "--UPPDRAG_DB_USER=sa", "--UPPDRAG_DB_PASSWORD=",
                "--UPPDRAG_ZEEBE_GRPC_ADDRESS=http://127.0.0.1:" + closedPort,
                "--uppdrag.engine.startup-check-timeout=PT3S");

        assertFailureReport(output, "Processmotorn (Zeebe-gatewayen) på http://127.0.0.1:" + closedPort
                + " svarar inte (");
        assertThat(output).contains("Kontrollera UPPDRAG_ZEEBE_GRPC_ADDRESS");
    }

    private static void startProduction(String... settings) {
        SpringApplication application = new SpringApplication(UppdragsstyrningApplication.class);
        application.setMainApplicationClass(UppdragsstyrningApplication.class);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        application.setEnvironment(environment);
        List<String> arguments = new ArrayList<>(List.of(settings));
        arguments.addAll(List.of("--spring.profiles.active=prod", "--server.port=0", "--spring.main.banner-mode=off"));
        assertThatThrownBy(() -> application.run(arguments.toArray(String[]::new))).isNotNull();
    }

    /** The report Spring Boot prints when an analyzer recognised the failure, and no stack trace. */
    private static void assertFailureReport(CapturedOutput output, String sentence) {
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Description:\n\n" + sentence)
                .doesNotContain("Application run failed");
        String report = output.toString().substring(output.toString().lastIndexOf("APPLICATION FAILED TO START"));
        assertThat(report).doesNotContainPattern("\n\\s+at [a-z]+\\.");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
