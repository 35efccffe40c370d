package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;

/**
 * The checks an upload passes before it reaches the engine, without Spring or an engine: the application's own
 * files pass, and each kind of breakage is refused with its Swedish message, its element and, where the file has
 * one, its line.
 */
public class ModelValidatorTest {

    static final Set<String> JOB_TYPES = Set.of("io.camunda.zeebe:userTask", "period.open", "period.escalate",
            "period.aggregate", "period.return", "period.approve", "period.publish", "task.remind", "task.escalate",
            "assignment.reported", "assignment.close", "assignment.transfer");
    static final Set<String> FORMS = Set.of("board-report", "compilation", "ks-approval");

    private final ModelValidator validator = new ModelValidator(JOB_TYPES);
    private final ResourceBundleMessageSource messages = messages();

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/workflow");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    public static ModelFile bundled(String fileName) {
        Resource resource = ProcessDeployment.resources().stream().filter(r -> fileName.equals(r.getFilename()))
                .findFirst().orElseThrow();
        try {
            return new ModelFile(fileName, resource.getContentAsByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ModelFile changed(String fileName, UnaryOperator<String> change) {
        String text = bundled(fileName).text();
        String changed = change.apply(text);
        assertThat(changed).as("the change applies to " + fileName).isNotEqualTo(text);
        return new ModelFile(fileName, changed.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> texts(ModelValidator.Result result) {
        return result.problems().stream()
                .map(p -> messages.getMessage(p.key(), p.args().toArray(), new Locale("sv", "SE"))).toList();
    }

    @Test
    void theApplicationsOwnFilesPass() {
        List<ModelFile> files = ProcessDeployment.resources().stream().map(r -> bundled(r.getFilename())).toList();
        ModelValidator.Result result = validator.validate(files, Set.of());
        assertThat(texts(result)).isEmpty();
        assertThat(result.models()).extracting(ModelValidator.Checked::resourceId).containsExactlyInAnyOrder(
                "assignment-lifecycle", "reporting-period", "combined-status", "goal-status", "board-report",
                "compilation", "ks-approval");
    }

    public static List<Arguments> invalidUploads() {
        return List.of(
                Arguments.of("not XML", changed("goal-status.dmn", t -> t.replace("</decisionTable>", "")),
                        "Filen är inte giltig XML", 71),
                Arguments.of("not JSON", changed("board-report.form", t -> t.replaceFirst("\\{", "{,")),
                        "Filen är inte giltig JSON", 1),
                Arguments.of("unknown kind", new ModelFile("notes.txt", "x".getBytes(StandardCharsets.UTF_8)),
                        "okänd filtyp", null),
                Arguments.of("Zeebe refuses a service task without a job type",
                        changed("reporting-period.bpmn", t -> t.replace(
                                "<zeebe:taskDefinition type=\"period.publish\" retries=\"3\" />", "")),
                        "Processmotorn skulle inte godta modellen", null),
                Arguments.of("a required element is gone", changed("reporting-period.bpmn",
                        t -> t.replace("Task_AggregateStatus", "Task_Aggregate")),
                        "Elementet Task_AggregateStatus saknas", null),
                Arguments.of("a form that does not exist", changed("reporting-period.bpmn",
                        t -> t.replace("formId=\"ks-approval\"", "formId=\"ks-beslut\"")),
                        "Användaruppgiften Task_KsApproval länkar formuläret ks-beslut", 89),
                Arguments.of("a job type without a worker", changed("reporting-period.bpmn",
                        t -> t.replace("type=\"period.publish\"", "type=\"period.publicera\"")),
                        "Task_PublishPeriod har jobbtypen period.publicera", null),
                Arguments.of("a message the application does not publish", changed("reporting-period.bpmn",
                        t -> t.replace("name=\"reports-complete\"", "name=\"alla-klara\"")),
                        "Meddelandet alla-klara publiceras inte av applikationen", 14),
                Arguments.of("a wrong correlation key", changed("reporting-period.bpmn",
                        t -> t.replace("correlationKey=\"=periodId\"", "correlationKey=\"=period\"")),
                        "Meddelandet reports-complete har korrelationsnyckeln =period", 14),
                Arguments.of("a FEEL expression that does not parse", changed("reporting-period.bpmn",
                        t -> t.replace("=decision = \"RETURN\"</bpmn:conditionExpression>",
                                "=decision = = \"RETURN\"</bpmn:conditionExpression>")),
                        "Uttrycket =decision = = \"RETURN\" är inte giltigt FEEL", null),
                Arguments.of("a timer that does not parse", changed("reporting-period.bpmn",
                        t -> t.replace(">=compilationDueAt</bpmn:timeDate>", ">i morgon</bpmn:timeDate>")),
                        "Timern i morgon går inte att tolka", null),
                Arguments.of("a variable the application reads is no longer set", changed("reporting-period.bpmn",
                        t -> t.replace("target=\"returnedAssignments\" />\n          <zeebe:output source=\"=comment\"",
                                "target=\"returned\" />\n          <zeebe:output source=\"=comment\"")),
                        "Variabeln returnedAssignments sätts inte längre av Task_KsApproval", null),
                Arguments.of("a decision input the application does not pass", changed("goal-status.dmn",
                        t -> t.replace("<text>delayed / total</text>", "<text>late / total</text>")),
                        "Indata Input_DelayedShare (late / total) använder en variabel som applikationen inte skickar",
                        null),
                Arguments.of("a decision output the application does not read", changed("goal-status.dmn",
                        t -> t.replace("name=\"goalStatus\"", "name=\"status\"")),
                        "exakt en utdata med namnet goalStatus", null),
                Arguments.of("a status the application does not know", changed("goal-status.dmn",
                        t -> t.replace("<outputEntry id=\"OutputEntry_MostlyGreen\"><text>\"GREEN\"",
                                "<outputEntry id=\"OutputEntry_MostlyGreen\"><text>\"BLUE\"")),
                        "Regeln Rule_MostlyGreen ger BLUE", null),
                Arguments.of("a rule entry that does not parse", changed("goal-status.dmn",
                        t -> t.replace("<text>&gt;= 0.25</text>", "<text>&gt;= &gt;= 0.25</text>")),
                        "Rule_ManyNotCarriedOut: uttrycket >= >= 0.25 är inte giltigt FEEL", null),
                Arguments.of("an unknown decision", changed("goal-status.dmn",
                        t -> t.replace("id=\"goal-status\"", "id=\"malstatus\"")),
                        "Beslutet malstatus används inte av applikationen", 10),
                Arguments.of("a form without a field the application reads", changed("ks-approval.form",
                        t -> t.replace("\"key\": \"reviewed\"", "\"key\": \"granskad\"")),
                        "Formuläret ks-approval saknar fältet reviewed", null),
                Arguments.of("an unknown process", changed("reporting-period.bpmn",
                        t -> t.replace("id=\"reporting-period\"", "id=\"period\"")),
                        "Processen period startas inte av applikationen", 21));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidUploads")
    void refusesWithASwedishProblemAndItsPlace(String what, ModelFile file, String expected, Integer line) {
        ModelValidator.Result result = validator.validate(List.of(file), FORMS);
        assertThat(result.ok()).isFalse();
        assertThat(result.models()).isEmpty();
        assertThat(texts(result)).anySatisfy(text -> assertThat(text).contains(expected));
        if (line != null) {
            assertThat(result.problems()).anySatisfy(p -> assertThat(p.line()).isEqualTo(line));
        }
    }

    @Test
    void aUserTaskMayLinkAFormOfTheSameUpload() {
        ModelFile form = changed("ks-approval.form", t -> t.replace("\"id\": \"ks-approval\"", "\"id\": \"ks-beslut\""));
        ModelFile process = changed("reporting-period.bpmn",
                t -> t.replace("formId=\"ks-approval\"", "formId=\"ks-beslut\""));
        assertThat(validator.validate(List.of(process), FORMS).ok()).isFalse();
        assertThat(texts(validator.validate(List.of(process, form), FORMS))).isEmpty();
    }
}
