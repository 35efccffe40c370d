package se.uppdragsstyrning;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.EngineFactory;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.DeploymentIntent;
import io.camunda.zeebe.protocol.record.value.DeploymentRecordValue;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application jar as the Dockerfile ships it (target/uppdragsstyrning-*.jar, built by {@code package}): it
 * holds no in-memory engine, its third-party notice names every library in it, it refuses the embedded default
 * with one sentence, and with the profile prod it runs against an external Zeebe gateway, to which it deploys
 * the models. Run by Failsafe after the jar is built ({@code ./mvnw -B verify}); each case starts the jar with
 * {@code java -jar} in a process of its own.
 */
class ApplicationJarIT {

    /** Jars that belong to the engine itself (the broker's state machine, its storage) and must stay out. */
    private static final List<String> ENGINE_ONLY = List.of("zeebe-process-test-engine", "zeebe-process-test-api",
            "zeebe-workflow-engine", "zeebe-db", "zeebe-logstreams", "zeebe-stream-platform", "zeebe-scheduler",
            "zeebe-snapshots", "zeebe-dmn", "zeebe-expression-language", "rocksdbjni");

    private static Path jar;
    private static List<String> libraries;
    private static String notice;

    @TempDir
    Path workDirectory;

    @BeforeAll
    static void readJar() throws IOException {
        jar = Path.of(System.getProperty("application.jar", "target/application.jar"));
        assertThat(jar).as("the application jar (built by ./mvnw package)").isRegularFile();
        try (JarFile file = new JarFile(jar.toFile())) {
            libraries = file.stream().map(ZipEntry::getName).filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length())).filter(name -> !name.isEmpty())
                    .sorted().toList();
            ZipEntry thirdParty = file.getEntry("META-INF/THIRD-PARTY.txt");
            notice = thirdParty == null ? "" : new String(file.getInputStream(thirdParty).readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        // the list the image ships, for whoever reviews the dependencies
        Files.write(jar.resolveSibling("application-jar-libraries.txt"), libraries);
    }

    @Test
    void theJarHasTheCamundaClientButNotTheInMemoryEngine() {
        assertThat(libraries).anyMatch(name -> name.startsWith("camunda-client-java-"))
                .anyMatch(name -> name.startsWith("camunda-spring-boot-starter-"));
        for (String artifact : ENGINE_ONLY) {
            assertThat(libraries).as("libraries of the application jar")
                    .noneMatch(name -> name.startsWith(artifact + "-"));
        }
    }

    @Test
    void theThirdPartyNoticeNamesEveryLibraryTheJarShipsWithItsLicence() {
        // "(Apache-2.0) Spring Core (org.springframework:spring-core:6.2.19 - https://…)" names spring-core-6.2.19.jar
        Matcher entries = Pattern.compile("^\\s+\\(.+\\) .*\\([^:()\\s]+:([^:()\\s]+):([^:()\\s]+) - ",
                Pattern.MULTILINE).matcher(notice);
        Set<String> noticed = new HashSet<>();
        while (entries.find()) {
            noticed.add(entries.group(1) + "-" + entries.group(2));
        }
        assertThat(noticed).as("libraries named in META-INF/THIRD-PARTY.txt").isNotEmpty();
        // spring-boot-maven-plugin adds its own jar-mode tools (Spring Boot, Apache-2.0), no dependency of the project
        List<String> dependencies = libraries.stream()
                .filter(name -> !name.startsWith("spring-boot-jarmode-tools-")).toList();
        for (String library : dependencies) {
            assertThat(noticed).as("the notice names %s", library).anyMatch(prefix ->
                    library.equals(prefix + ".jar") || library.startsWith(prefix + "-"));
        }
        assertThat(notice).doesNotContain("Unknown license").doesNotContain("zeebe-process-test-engine");
    }

    @Test
    void withoutTheProdProfileItStopsWithOneSentence() throws Exception {
        Started started = start(Map.of(), "--server.port=0");

        assertThat(started.process.waitFor(3, TimeUnit.MINUTES)).as("the jar stops by itself").isTrue();
        String output = started.output();
        assertThat(started.process.exitValue()).isNotZero();
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Description:\n\nDen här jar-filen är"
                + " byggd för produktion utan den inbyggda processmotorn och startar därför bara med profilen prod och"
                + " en extern Camunda 8.").contains("./mvnw spring-boot:run");
        String report = output.substring(output.lastIndexOf("APPLICATION FAILED TO START"));
        assertThat(report).doesNotContainPattern("\n\\s+at [a-z]+\\.");
    }

    @Test
    void withTheProdProfileItRunsAgainstAnExternalEngine() throws Exception {
        int enginePort = freePort();
        int serverPort = freePort();
        ZeebeTestEngine engine = EngineFactory.create(enginePort);
        engine.start();
        Started started = null;
        try {
            started = start(Map.of("SPRING_PROFILES_ACTIVE", "prod",
                    "UPPDRAG_DB_URL", "jdbc:h2:mem:jarcheck;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                            + "DEFAULT_NULL_ORDERING=HIGH",
                    "UPPDRAG_DB_USER", "sa", "UPPDRAG_DB_PASSWORD", "",
                    "UPPDRAG_ZEEBE_GRPC_ADDRESS", "http://localhost:" + enginePort,
                    "UPPDRAG_ZEEBE_REST_ADDRESS", "http://localhost:" + enginePort,
                    "SERVER_PORT", String.valueOf(serverPort)));
            Started running = started;
            Awaitility.await("the jar has started").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(1))
                    .failFast("the jar stopped", () -> !running.process.isAlive())
                    .until(() -> running.output().contains("Started UppdragsstyrningApplication"));

            // "Started" is logged before the start-up work (restoring and deploying to the engine): the health,
            // which includes readiness, is UP once that is done
            HttpRequest healthRequest = HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort
                    + "/actuator/health")).timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> health = Awaitility.await("the jar is ready").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> HttpClient.newHttpClient().send(healthRequest, HttpResponse.BodyHandlers.ofString()),
                            response -> response.statusCode() == 200);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"db\":{\"status\":\"UP\"}")
                    .contains("\"zeebe\":{\"status\":\"UP\"}");
            assertThat(running.output()).doesNotContain("APPLICATION FAILED TO START");

            Awaitility.await("the jar deploys the models to the external engine").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> deployed(engine), deployed -> deployed.containsAll(List.of("reporting-period",
                            "assignment-lifecycle", "combined-status", "goal-status", "board-report", "compilation",
                            "ks-approval")));
        } finally {
            if (started != null) {
                started.process.destroy();
                if (!started.process.waitFor(1, TimeUnit.MINUTES)) {
                    started.process.destroyForcibly();
                }
            }
            engine.stop();
        }
    }

    /** Ids of the processes, decisions and forms the engine has accepted in a deployment. */
    private static Set<String> deployed(ZeebeTestEngine engine) {
        Set<String> ids = new HashSet<>();
        for (Record<?> record : engine.getRecordStreamSource().getRecords()) {
            if (record.getValueType() == ValueType.DEPLOYMENT && record.getIntent() == DeploymentIntent.CREATED
                    && record.getValue() instanceof DeploymentRecordValue deployment) {
                deployment.getProcessesMetadata().forEach(process -> ids.add(process.getBpmnProcessId()));
                deployment.getDecisionsMetadata().forEach(decision -> ids.add(decision.getDecisionId()));
                deployment.getFormMetadata().forEach(form -> ids.add(form.getFormId()));
            }
        }
        return ids;
    }

    private record Started(Process process, Path log) {
        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    /** {@code java -jar} with the JDK running the tests, without the settings of the shell running them. */
    private Started start(Map<String, String> environment, String... arguments) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-jar", jar.toAbsolutePath().toString(),
                "--spring.main.banner-mode=off"));
        command.addAll(List.of(arguments));
        Path log = workDirectory.resolve("application.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("UPPDRAG_")
                || name.startsWith("CAMUNDA_") || name.equals("JAVA_TOOL_OPTIONS") || name.equals("JDK_JAVA_OPTIONS"));
        builder.environment().putAll(environment);
        return new Started(builder.start(), log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
