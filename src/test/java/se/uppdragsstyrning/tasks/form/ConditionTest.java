package se.uppdragsstyrning.tasks.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** The FEEL conditions of form-js forms that the server understands, and the text templates that use them. */
class ConditionTest {

    @Test
    void comparesVariablesWithTextsNullNumbersAndBooleans() {
        Condition red = Condition.parse("=status = \"RED\"");
        Condition notReturn = Condition.parse("=decision != \"RETURN\"");
        Condition noComment = Condition.parse("=returnComment = null");

        assertThat(red.holds(values("status", "RED"))).isTrue();
        assertThat(red.holds(values("status", "YELLOW"))).isFalse();
        assertThat(red.holds(values())).isFalse();
        assertThat(notReturn.holds(values())).isTrue();
        assertThat(notReturn.holds(values("decision", "RETURN"))).isFalse();
        assertThat(noComment.holds(values())).isTrue();
        assertThat(noComment.holds(values("returnComment", "  "))).isTrue();
        assertThat(noComment.holds(values("returnComment", "Gör om"))).isFalse();
        assertThat(Condition.parse("=share >= 50").holds(values("share", new BigDecimal("50.0")))).isTrue();
        assertThat(Condition.parse("=share < 50").holds(values("share", 49))).isTrue();
        assertThat(Condition.parse("=share < 50").holds(values())).isFalse();
        assertThat(Condition.parse("=year = 2026").holds(values("year", 2026L))).isTrue();
        assertThat(Condition.parse("=year = 2026").holds(values("year", "2026"))).as("a text is not a number")
                .isFalse();
        assertThat(Condition.parse("=confirmed = true").holds(values("confirmed", true))).isTrue();
        assertThat(Condition.parse("=a.b = \"x\"").holds(values("a", Map.of("b", "x")))).isTrue();
    }

    @Test
    void joinsComparisonsWithAndAndOr() {
        Condition either = Condition.parse("=status = \"RED\" or status = \"GREEN_DONE\" and done");

        assertThat(either.holds(values("status", "RED"))).isTrue();
        assertThat(either.holds(values("status", "GREEN_DONE"))).isFalse();
        assertThat(either.holds(values("status", "GREEN_DONE", "done", true))).isTrue();
        assertThat(either.paths()).containsExactly("status", "done");
    }

    @Test
    void understandsTheRestOfFeelThatFormsMayUse() {
        Function<String, Object> reports = values("reports", List.of(Map.of("status", "RED"), Map.of("status", "YELLOW")),
                "comment", "Försenat", "status", "YELLOW");

        assertThat(Condition.parse("=count(reports) > 1").holds(reports)).isTrue();
        assertThat(Condition.parse("=some r in reports satisfies r.status = \"RED\"").holds(reports)).isTrue();
        assertThat(Condition.parse("=(status = \"RED\" or status = \"YELLOW\") and comment != null").holds(reports))
                .isTrue();
        assertThat(Condition.parse("=not(status = \"YELLOW\")").holds(reports)).isFalse();
        assertThat(Condition.parse("=status in (\"RED\", \"YELLOW\")").holds(reports)).isTrue();
        assertThat(Condition.parse("=string length(comment) > 20").holds(reports)).isFalse();
        assertThat(Condition.parse("=share between 10 and 50").holds(values("share", 20))).isTrue();
        assertThat(Condition.parse("=count(reports[status = \"RED\"]) = 1").paths()).contains("reports");
    }

    @Test
    void aFieldInAGroupStandsOverTheVariablesItIsPartOf() {
        Map<String, Object> variables = Map.of("report", Map.of("status", "GREEN", "year", 2026));
        Function<String, Object> entered = path -> path.equals("report.status") ? "RED"
                : FormValues.get(variables, path);

        Condition condition = Condition.parse("=report.status = \"RED\" and report.year = 2026 and report != null");

        assertThat(condition.holds(entered)).isTrue();
        assertThat(condition.paths()).containsExactlyInAnyOrder("report.status", "report.year", "report");
        assertThat(variables.get("report")).isEqualTo(Map.of("status", "GREEN", "year", 2026));
    }

    @Test
    void numberFieldsAreComparedAsNumbersAsPeopleWriteThem() throws IOException {
        TaskForm form = FormParserTest.load("all-components.form");
        Function<String, Object> values = EnteredValues.fromRequest(form, Map.of("f.share", new String[] {"50,0"}),
                Map.of()).lookup(form, Map.of());

        assertThat(Condition.parse("=share >= 50").holds(values)).isTrue();
        assertThat(Condition.parse("=share > 50").holds(values)).isFalse();
    }

    @Test
    void anExpressionItDoesNotUnderstandNeverHolds() {
        for (String feel : List.of("=status = ", "=", "=\"a\" \"b\"", "=x or", "=(status")) {
            Condition condition = Condition.parse(feel);
            assertThat(condition.isUnderstood()).as(feel).isFalse();
            assertThat(condition.holds(path -> "anything")).as(feel).isFalse();
        }
    }

    @Test
    void anExpressionThatFailsWhenEvaluatedDoesNotHold() {
        assertThat(Condition.parse("=status > 3").holds(values("status", "RED"))).isFalse();
        assertThat(Condition.parse("=assert(status, status = \"RED\")").holds(values("status", "GREEN"))).isFalse();
    }

    @Test
    void textTemplatesFillInValuesLoopsAndConditions() {
        Map<String, Object> variables = Map.of("periodId", "2025-INTERIM_AUGUST", "reports", List.of(
                Map.of("organisationCode", "SCN", "status", "YELLOW", "estimatedEndYear", 2026),
                Map.of("organisationCode", "AMN", "status", "RED")));
        String template = "Period {{periodId}}:\n{{#loop reports}}\n- {{organisationCode}} {{status}} "
                + "{{estimatedEndYear}} ({{periodId}})\n{{/loop}}{{#if returnComment}}Återremiss{{/if}}";

        assertThat(TextTemplate.render(template, variables::get)).isEqualTo(
                "Period 2025-INTERIM_AUGUST:\n\n- SCN YELLOW 2026 (2025-INTERIM_AUGUST)\n\n- AMN RED  (2025-INTERIM_AUGUST)\n");
        assertThat(TextTemplate.render("{{#if returnComment}}Återremiss: {{returnComment}}{{/if}}",
                Map.of("returnComment", "Gör om")::get)).isEqualTo("Återremiss: Gör om");
        assertThat(TextTemplate.render("{{#loop a}}[{{#loop b}}{{x}}{{/loop}}]{{/loop}}",
                Map.of("a", List.of(Map.of("b", List.of(Map.of("x", 1), Map.of("x", 2)))))::get)).isEqualTo("[12]");
        assertThat(TextTemplate.render("Utan slut {{#if x}}kvar", path -> null)).isEqualTo("Utan slut ");
    }

    private static Function<String, Object> values(Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1] instanceof Integer n ? BigDecimal.valueOf(n) : pairs[i + 1]);
        }
        return path -> FormValues.get(values, path);
    }
}
