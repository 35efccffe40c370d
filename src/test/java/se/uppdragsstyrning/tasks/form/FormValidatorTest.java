package se.uppdragsstyrning.tasks.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.uppdragsstyrning.system.Problem;
import se.uppdragsstyrning.tasks.form.FormValidator.Mode;

/** The server-side checks of form-js rules, with the Swedish messages of the tasks bundle. */
class FormValidatorTest {

    private static TaskForm report;
    private static TaskForm all;
    private static FormValidator validator;

    @BeforeAll
    static void load() throws IOException {
        report = FormParserTest.load("test-board-report.form");
        all = FormParserTest.load("all-components.form");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/tasks");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        validator = new FormValidator(messages, Clock.fixed(Instant.parse("2026-03-10T23:30:00Z"),
                ZoneId.of("Europe/Stockholm")));
    }

    @Test
    void aCompleteBoardReportIsConvertedToTheEngineTypes() {
        FormResult result = check(report, Map.of("status", "YELLOW", "assessment", "Arbetet är försenat.",
                "estimatedEndYear", "2 026", "comment", ""));

        assertThat(result.problems()).isEmpty();
        Map<String, Object> expected = new HashMap<>(Map.of("status", "YELLOW", "assessment", "Arbetet är försenat.",
                "estimatedEndYear", 2026));
        expected.put("comment", null);
        assertThat(result.values()).isEqualTo(expected);
    }

    @Test
    void everyProblemIsListedInFormOrderWithTheFieldsNameInSwedish() {
        FormResult result = check(report, Map.of("assessment", "Kort", "estimatedEndYear", "2050",
                "comment", "x".repeat(1001)));

        assertThat(result.problems()).containsExactly(
                new Problem("status", "”Status” måste fyllas i."),
                new Problem("assessment", "”Bedömning” måste ha minst 10 tecken (nu 4)."),
                new Problem("estimatedEndYear", "”Beräknat slutår” får inte vara större än 2040."),
                new Problem("comment", "”Kommentar” får ha högst 1000 tecken (nu 1001)."));
    }

    @Test
    void numbersMustBeNumbersWithinTheirBoundsAndDecimals() {
        assertThat(messages(report, Map.of("estimatedEndYear", "tjugotjugosex"), "estimatedEndYear"))
                .containsExactly("”Beräknat slutår” måste vara ett tal, till exempel 2026 eller 3,5.");
        assertThat(messages(report, Map.of("estimatedEndYear", "2023"), "estimatedEndYear"))
                .containsExactly("”Beräknat slutår” får inte vara mindre än 2024.");
        assertThat(messages(report, Map.of("estimatedEndYear", "2026,5"), "estimatedEndYear"))
                .containsExactly("”Beräknat slutår” måste vara ett heltal.");
        assertThat(messages(all, Map.of("share", "12,345"), "share"))
                .containsExactly("”Andel” får ha högst 2 decimaler.");
        assertThat(messages(all, Map.of("share", "-1"), "share"))
                .containsExactly("”Andel” får inte vara mindre än 0.");
    }

    @Test
    void decimalCommasAndLargeNumbersAreAccepted() {
        Map<String, Object> values = check(all, valid(Map.of("share", "12,50", "bigNumber", "123456789012345678901"))).values();

        assertThat(values.get("share")).isEqualTo(new BigDecimal("12.50"));
        assertThat(values.get("bigNumber")).isEqualTo("123456789012345678901");
        assertThat(check(all, valid(Map.of("share", "99"))).values().get("share")).isEqualTo(99);
        assertThat(check(report, Map.of("status", "RED", "assessment", "Genomförs inte alls.",
                "estimatedEndYear", "2030.0")).values().get("estimatedEndYear")).isEqualTo(2030);
    }

    @Test
    void patternsEmailAndPhoneAreChecked() {
        assertThat(messages(all, Map.of("caseNumber", "KS-2023-1"), "caseNumber"))
                .containsExactly("”Diarienummer” har inte rätt format. Se beskrivningen av fältet.");
        assertThat(messages(all, Map.of("caseNumber", "KSN-2023-03223"), "caseNumber")).isEmpty();
        assertThat(messages(all, Map.of("email", "anna.kommun.se"), "email"))
                .containsExactly("”E-post” måste vara en e-postadress, till exempel namn@kommun.se.");
        assertThat(messages(all, Map.of("email", "anna@kommun.se"), "email")).isEmpty();
        assertThat(messages(all, Map.of("phone", "ring mig"), "phone"))
                .containsExactly("”Telefon” måste vara ett telefonnummer, till exempel 018-727 00 00.");
        assertThat(messages(all, Map.of("phone", "+46 18-727 00 00"), "phone")).isEmpty();
    }

    @Test
    void textLengthsAreCountedWithoutSurroundingSpaces() {
        assertThat(messages(all, Map.of("name", "  A  "), "name"))
                .containsExactly("”Namn” måste ha minst 2 tecken (nu 1).");
        assertThat(messages(all, Map.of("name", "x".repeat(21)), "name"))
                .containsExactly("”Namn” får ha högst 20 tecken (nu 21).");
    }

    @Test
    void choicesMustBeAmongTheOptions() {
        assertThat(messages(report, Map.of("status", "PURPLE"), "status"))
                .containsExactly("Välj bland de alternativ som finns för ”Status”.");
        assertThat(messages(all, Map.of("trend", "DOWN"), "trend"))
                .containsExactly("Välj bland de alternativ som finns för ”Trend”.");
        assertThat(messages(all, Map.of("areas", List.of("SAFETY", "SPORT")), "areas"))
                .containsExactly("Välj bland de alternativ som finns för ”Områden”.");
        Map<String, Object> variables = Map.of("organisations", List.of("SCN", "AMN"));
        assertThat(validator.check(all, EnteredValues.of(all, Map.of("organisation", "GSN")), variables, Mode.COMPLETE)
                .problems()).extracting(Problem::path).contains("organisation");
        assertThat(validator.check(all, EnteredValues.of(all, Map.of("organisation", "AMN")), variables, Mode.COMPLETE)
                .problems()).extracting(Problem::path).doesNotContain("organisation");
    }

    @Test
    void checkboxesBecomeBooleansAndChecklistsLists() {
        FormResult result = check(all, valid(Map.of("tags", List.of("b", "a"))));

        assertThat(result.problems()).isEmpty();
        assertThat(result.values()).containsEntry("confirmed", true).containsEntry("areas", List.of("SAFETY"))
                .containsEntry("tags", List.of("b", "a"));
        Map<String, Object> unchecked = new HashMap<>(valid(Map.of()));
        unchecked.remove("confirmed");
        unchecked.remove("areas");
        assertThat(check(all, unchecked).problems()).containsExactly(
                new Problem("confirmed", "”Jag intygar” måste kryssas i."),
                new Problem("areas", "Välj minst ett alternativ för ”Områden”."));
        assertThat(validator.check(all, EnteredValues.fromRequest(all, Map.of(), Map.of()), Map.of(), Mode.DRAFT)
                .values()).containsEntry("confirmed", false);
    }

    @Test
    void datesMustBeDatesAndSomeNotPassed() {
        assertThat(messages(all, Map.of("meetingDate", "15/9 2026"), "meetingDate"))
                .containsExactly("”Mötesdatum” måste vara ett datum i formen ÅÅÅÅ-MM-DD, till exempel 2026-09-15.");
        assertThat(check(all, valid(Map.of("meetingDate", "2026-09-15"))).values())
                .containsEntry("meetingDate", "2026-09-15");
        // 23:30 UTC on 10 March is already 11 March in Stockholm
        assertThat(messages(all, Map.of("deadline", "2026-03-10"), "deadline"))
                .containsExactly("”Sista dag” får inte vara ett datum som redan har passerat.");
        assertThat(messages(all, Map.of("deadline", "2026-03-11"), "deadline")).isEmpty();
    }

    @Test
    void groupPathsNestTheValues() {
        FormResult result = check(all, valid(Map.of("contact", Map.of("person", "Bo", "role", "Sekreterare"))));

        assertThat(result.values().get("contact")).isEqualTo(Map.of("person", "Bo", "role", "Sekreterare"));
        Map<String, Object> withoutPerson = new HashMap<>(valid(Map.of()));
        withoutPerson.remove("contact");
        assertThat(check(all, withoutPerson).problems())
                .containsExactly(new Problem("contact.person", "”Kontaktperson” måste fyllas i."));
    }

    @Test
    void readOnlyFieldsAreNeverTakenFromASubmission() {
        EnteredValues entered = EnteredValues.fromRequest(report, Map.of("f.organisationCode", new String[] {"AMN"},
                "f.status", new String[] {"GREEN_ON_TRACK"}), Map.of("organisationCode", "SCN"));

        assertThat(entered.first("organisationCode")).isEqualTo("SCN");
        assertThat(entered.first("status")).isEqualTo("GREEN_ON_TRACK");
        assertThat(check(report, Map.of("organisationCode", "AMN", "status", "RED", "assessment", "Genomförs inte.",
                "estimatedEndYear", 2025)).values()).doesNotContainKey("organisationCode");
    }

    @Test
    void textAreasKeepTheirLineBreaksAsNewlines() {
        Map<String, Object> values = validator.check(report, EnteredValues.fromRequest(report, Map.of(
                "f.assessment", new String[] {"Första raden.\r\nAndra raden."}), Map.of()), Map.of(), Mode.DRAFT).values();

        assertThat(values).containsEntry("assessment", "Första raden.\nAndra raden.");
    }

    @Test
    void aDraftRequiresNothingRefusesNothingAndKeepsWhatWasEntered() {
        FormResult draft = validator.check(report, EnteredValues.of(report, Map.of("assessment", "Kort",
                "estimatedEndYear", "tjugo")), Map.of(), Mode.DRAFT);

        assertThat(draft.problems()).isEmpty();
        assertThat(draft.values()).containsEntry("assessment", "Kort").containsEntry("estimatedEndYear", "tjugo")
                .containsEntry("status", null);
    }

    private static FormResult check(TaskForm form, Map<String, Object> values) {
        return validator.check(form, EnteredValues.of(form, values), Map.of(), Mode.COMPLETE);
    }

    private static List<String> messages(TaskForm form, Map<String, Object> values, String path) {
        return check(form, values).problems().stream().filter(p -> p.path().equals(path))
                .map(Problem::message).toList();
    }

    /** A valid submission of the all-components form, with some values replaced. */
    private static Map<String, Object> valid(Map<String, Object> replacing) {
        Map<String, Object> values = new HashMap<>(Map.of("name", "Anna", "trend", "UP", "confirmed", true,
                "areas", List.of("SAFETY"), "contact", Map.of("person", "Bo")));
        values.putAll(replacing);
        return values;
    }
}
