package se.uppdragsstyrning.tasks.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.tasks.form.FormValidator.Mode;

/**
 * The forms the processes deploy ({@code forms/*.form}) as the server reads and checks them, as
 * docs/processes.md describes: required fields, lengths, bounds, and fields hidden by their conditions.
 */
class ProcessFormsTest {

    private static FormCatalog catalog;
    private static FormValidator validator;

    @BeforeAll
    static void load() {
        catalog = new FormCatalog("classpath*:forms/**/*.form");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/tasks");
        messages.setDefaultEncoding("UTF-8");
        validator = new FormValidator(messages, Clock.system(ZoneId.of("Europe/Stockholm")));
    }

    @Test
    void theThreeFormsAreReadWithEveryConditionUnderstood() {
        for (String id : List.of("board-report", "compilation", "ks-approval")) {
            TaskForm form = catalog.find(id).orElseThrow(() -> new AssertionError(id + " is missing"));
            assertThat(conditions(form.components())).as(id).isNotEmpty().allMatch(Condition::isUnderstood);
        }
    }

    @Test
    void aBoardReportNeedsAnEndYearUnlessItIsRed() {
        TaskForm form = catalog.find("board-report").orElseThrow();
        String assessment = "Arbetet följer planen och rapporteras enligt tidplan.";

        assertThat(paths(check(form, Map.of("status", "YELLOW", "assessment", assessment))))
                .containsExactly("estimatedEndYear");
        FormResult red = check(form, Map.of("status", "RED", "assessment", assessment, "estimatedEndYear", "2030"));
        assertThat(red.problems()).isEmpty();
        assertThat(red.values()).doesNotContainKey("estimatedEndYear").containsEntry("comment", null);
        assertThat(check(form, Map.of("status", "GREEN_ON_TRACK", "assessment", "Kort", "estimatedEndYear", "2019"))
                .problems()).extracting(Problem::message).containsExactly(
                        "”Bedömning” måste ha minst 20 tecken (nu 4).",
                        "”Beräknat slutår” får inte vara mindre än 2020.");
    }

    @Test
    void theReturnCommentTextShowsOnlyWhenThereIsOne() {
        TaskForm form = catalog.find("board-report").orElseThrow();
        FormComponent returnText = form.components().get(1);

        assertThat(view(form, Map.of()).shown(returnText)).isFalse();
        FormView returned = view(form, Map.of("returnComment", "Komplettera med tidplan."));
        assertThat(returned.shown(returnText)).isTrue();
        assertThat(returned.blocks(returnText)).extracting(TextBlock::text)
                .containsExactly("Kommunstyrelsen har återremitterat rapporteringen: Komplettera med tidplan.");
    }

    @Test
    void fieldsHiddenByAnotherFieldStayOnTheEditablePageButNotOnTheReadOnlyOne() {
        TaskForm form = catalog.find("board-report").orElseThrow();
        FormComponent endYear = form.inputs().stream().filter(c -> c.path().equals("estimatedEndYear")).findFirst()
                .orElseThrow();
        Map<String, Object> red = Map.of("status", "RED");

        assertThat(new FormView(form, EnteredValues.of(form, red), List.of(), Map.of(), false).shown(endYear)).isTrue();
        assertThat(new FormView(form, EnteredValues.of(form, red), List.of(), Map.of(), true).shown(endYear)).isFalse();
    }

    @Test
    void theCompilationListsTheReports() {
        TaskForm form = catalog.find("compilation").orElseThrow();
        Map<String, Object> variables = Map.of("assignmentRef", "2025-34", "periodId", "2025-INTERIM_AUGUST",
                "reports", List.of(Map.of("organisationCode", "SCN", "status", "YELLOW", "estimatedEndYear", 2026,
                        "assessment", "Försenat.")));

        assertThat(view(form, variables).blocks(form.components().get(0)))
                .anySatisfy(block -> assertThat(block.items()).containsExactly(
                        "SCN – YELLOW, beräknat slutår 2026: Försenat."));
    }

    @Test
    void ksApprovalNeedsAssignmentsOnlyWhenReturningAndAlwaysTheReviewTick() {
        TaskForm form = catalog.find("ks-approval").orElseThrow();
        Map<String, Object> variables = Map.of("periodAssignments", List.of(
                Map.of("value", "2025-34", "label", "Uppdrag 34"), Map.of("value", "2025-35", "label", "Uppdrag 35")));

        FormResult approve = validator.check(form, EnteredValues.of(form, Map.of("decision", "APPROVE",
                "reviewed", true)), variables, Mode.COMPLETE);
        assertThat(approve.problems()).isEmpty();
        assertThat(approve.values()).doesNotContainKey("returnedAssignments").containsEntry("reviewed", true);
        assertThat(paths(validator.check(form, EnteredValues.of(form, Map.of("decision", "RETURN")), variables,
                Mode.COMPLETE))).containsExactly("returnedAssignments", "reviewed");
        FormResult returned = validator.check(form, EnteredValues.of(form, Map.of("decision", "RETURN",
                "returnedAssignments", List.of("2025-35"), "reviewed", true)), variables, Mode.COMPLETE);
        assertThat(returned.problems()).isEmpty();
        assertThat(returned.values()).containsEntry("returnedAssignments", List.of("2025-35"));
    }

    private static FormResult check(TaskForm form, Map<String, Object> values) {
        return validator.check(form, EnteredValues.of(form, values), Map.of(), Mode.COMPLETE);
    }

    private static List<String> paths(FormResult result) {
        return result.problems().stream().map(Problem::path).toList();
    }

    private static FormView view(TaskForm form, Map<String, Object> variables) {
        return new FormView(form, EnteredValues.of(form, form.initialValues(variables)), List.of(),
                new HashMap<>(variables), false);
    }

    private static List<Condition> conditions(List<FormComponent> components) {
        return components.stream().flatMap(c -> {
            List<Condition> found = new java.util.ArrayList<>(conditions(c.components()));
            if (c.hide() != null) {
                found.add(c.hide());
            }
            return found.stream();
        }).toList();
    }
}
