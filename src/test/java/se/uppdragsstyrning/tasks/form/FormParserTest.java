package se.uppdragsstyrning.tasks.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ClassPathResource;

class FormParserTest {

    private final FormParser parser = new FormParser();

    static TaskForm load(String name) throws IOException {
        return new FormParser().parse(new ClassPathResource("test-forms/" + name).getContentAsString(
                StandardCharsets.UTF_8), name);
    }

    @Test
    void readsEveryComponentTypeInFormOrder() throws IOException {
        TaskForm form = load("all-components.form");

        assertThat(form.id()).isEqualTo("all-components");
        assertThat(form.components()).extracting(FormComponent::type).containsExactly(
                ComponentType.TEXT, ComponentType.TEXTFIELD, ComponentType.TEXTFIELD, ComponentType.TEXTFIELD,
                ComponentType.TEXTFIELD, ComponentType.TEXTAREA, ComponentType.NUMBER, ComponentType.NUMBER,
                ComponentType.SELECT, ComponentType.RADIO, ComponentType.CHECKBOX, ComponentType.CHECKLIST,
                ComponentType.TAGLIST, ComponentType.DATETIME, ComponentType.DATETIME, ComponentType.GROUP,
                ComponentType.TEXTFIELD, ComponentType.SEPARATOR, ComponentType.SPACER, ComponentType.UNSUPPORTED,
                ComponentType.BUTTON);
        assertThat(form.schema().path("components").size()).isEqualTo(21);
    }

    @Test
    void readsLabelsDescriptionsDefaultsAndValidationRules() throws IOException {
        TaskForm form = load("all-components.form");
        FormComponent name = input(form, "name");

        assertThat(name.label()).isEqualTo("Namn");
        assertThat(name.description()).isEqualTo("För- och efternamn");
        assertThat(name.defaultValue()).isEqualTo("Anna");
        assertThat(name.rules()).isEqualTo(new FieldRules(true, 2, 20, null, null, null, null));
        assertThat(input(form, "caseNumber").rules().pattern().pattern()).isEqualTo("KSN-\\d{4}-\\d{5}");
        assertThat(input(form, "caseNumber").rules().validationType()).isEqualTo("custom");
        assertThat(input(form, "email").rules().validationType()).isEqualTo("email");
    }

    @Test
    void numbersWrittenAsTextCountAndExpressionsAreLeftOut() throws IOException {
        TaskForm form = load("all-components.form");

        FormComponent share = input(form, "share");
        assertThat(share.rules().min()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(share.rules().max()).isEqualByComparingTo(new BigDecimal(100));
        assertThat(share.decimalDigits()).isEqualTo(2);
        assertThat(input(form, "bigNumber").serializeToString()).isTrue();
        assertThat(input(form, "notes").rules().maxLength()).isNull();
    }

    @Test
    void readsOptionsStaticOrFromAVariable() throws IOException {
        TaskForm form = load("all-components.form");

        assertThat(input(form, "trend").options()).containsExactly(new FormOption("Förbättrad", "UP"),
                new FormOption("Oförändrad", "SAME"));
        FormComponent organisation = input(form, "organisation");
        assertThat(organisation.valuesKey()).isEqualTo("organisations");
        assertThat(organisation.optionsFor(Map.of("organisations", List.of(
                Map.of("label", "Socialnämnden", "value", "SCN"), "AMN"))))
                .containsExactly(new FormOption("Socialnämnden", "SCN"), new FormOption("AMN", "AMN"));
        assertThat(organisation.optionsFor(Map.of())).isEmpty();
    }

    @Test
    void datesUseTheirDateLabelAndSubtype() throws IOException {
        TaskForm form = load("all-components.form");

        FormComponent meeting = input(form, "meetingDate");
        assertThat(meeting.label()).isEqualTo("Mötesdatum");
        assertThat(meeting.subtype()).isEqualTo("date");
        assertThat(input(form, "deadline").disallowPassedDates()).isTrue();
    }

    @Test
    void groupsWithAPathPrefixTheirFieldsAndGroupsWithoutOneDoNot() throws IOException {
        TaskForm form = load("all-components.form");

        FormComponent group = form.components().get(15);
        assertThat(group.label()).isEqualTo("Kontakt");
        assertThat(group.components()).hasSize(2);
        assertThat(form.inputs()).extracting(FormComponent::path).contains("contact.person", "contact.role");
        assertThat(input(form, "contact.person").fieldId()).isEqualTo("f-contact-person");
        assertThat(input(form, "contact.person").paramName()).isEqualTo("f.contact.person");
    }

    @Test
    void disabledAndReadonlyFieldsAreReadOnlyAndUnknownTypesAreKeptByName() throws IOException {
        TaskForm form = load("all-components.form");

        assertThat(input(form, "periodId").readonly()).isTrue();
        assertThat(input(form, "name").readonly()).isFalse();
        assertThat(load("test-board-report.form").inputs().get(0).readonly()).isTrue();
        FormComponent iframe = form.components().get(19);
        assertThat(iframe.typeName()).isEqualTo("iframe");
        assertThat(iframe.path()).isNull();
    }

    @Test
    void initialValuesComeFromVariablesThenDefaults() throws IOException {
        TaskForm form = load("all-components.form");

        Map<String, Object> values = form.initialValues(Map.of("periodId", "2025-INTERIM_AUGUST",
                "contact", Map.of("person", "Bo")));

        assertThat(values).containsEntry("name", "Anna").containsEntry("periodId", "2025-INTERIM_AUGUST")
                .containsEntry("contact", Map.of("person", "Bo"));
        assertThat(form.readonlyValues(Map.of("periodId", "2025-ANNUAL")))
                .isEqualTo(Map.of("periodId", "2025-ANNUAL"));
    }

    @Test
    void textComponentsBecomeHeadingsParagraphsAndListsWithVariablesFilledIn() throws IOException {
        FormComponent intro = load("test-board-report.form").components().get(0);

        assertThat(TextBlock.parse(intro.text(), Map.of("assignmentRef", "2025-34")::get)).containsExactly(
                new TextBlock("heading", 1, "Rapportering av uppdrag 2025-34", List.of()),
                new TextBlock("paragraph", 0, "Beskriv läget för ert arbete med uppdraget.", List.of()),
                new TextBlock("list", 0, null, List.of("Välj status", "Skriv en bedömning")));
        FormComponent text = load("all-components.form").components().get(0);
        assertThat(TextBlock.parse(text.text(), path -> null)).containsExactly(
                new TextBlock("heading", 1, "Rubrik", List.of()),
                new TextBlock("paragraph", 0, "Första stycket fortsätter här.", List.of()),
                new TextBlock("list", 0, null, List.of("ett", "två (https://example.org)")),
                new TextBlock("paragraph", 0, "=Inte ett uttryck här", List.of()));
        assertThat(TextBlock.parse("=concat(\"a\", \"b\")", path -> "x")).isEmpty();
        assertThat(TextBlock.parse("### Rubrik\n#### Underrubrik\n###### Djup", path -> null))
                .extracting(TextBlock::level).containsExactly(1, 2, 3);
    }

    @Test
    void markdownIsReadAsCommonMarkAndShownAsTextNeverAsHtml() {
        assertThat(TextBlock.parse("Rubrik\n======\n\n1. ett\n2. två\n   - under\n\n- a\n\n- b\n\n> Citat *med* `kod`",
                path -> null)).containsExactly(
                        new TextBlock("heading", 1, "Rubrik", List.of()),
                        new TextBlock("numbered", 0, null, List.of("ett", "två", "under")),
                        new TextBlock("list", 0, null, List.of("a", "b")),
                        new TextBlock("paragraph", 0, "Citat med kod", List.of()));
        assertThat(TextBlock.parse("<script>alert(1)</script>\n\nText <b>fet</b> [länk](javascript:alert(1))",
                path -> null)).extracting(TextBlock::text).containsExactly(
                        "<script>alert(1)</script>", "Text <b>fet</b> länk (javascript:alert(1))");
        assertThat(TextBlock.parse("A &amp; B\\*", path -> null)).extracting(TextBlock::text)
                .containsExactly("A & B*");
    }

    @Test
    void refusesWhatIsNotAUsableForm() {
        assertThatThrownBy(() -> parser.parse("{ not json", "trasig.form"))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("trasig.form är inte giltig JSON");
        assertThatThrownBy(() -> parser.parse("{\"id\": \"x\"}", "tom.form"))
                .hasMessageContaining("saknar komponenter");
        assertThatThrownBy(() -> parser.parse("{\"components\": []}", "utan-id.form"))
                .hasMessageContaining("saknar id");
        assertThatThrownBy(() -> parser.parse(
                "{\"id\": \"x\", \"components\": [{\"type\": \"textfield\", \"label\": \"Namn\"}]}", "n.form"))
                .hasMessageContaining("ett fält av typen textfield saknar nyckel");
        assertThatThrownBy(() -> parser.parse("{\"id\": \"x\", \"components\": ["
                + "{\"type\": \"textfield\", \"key\": \"a\"}, {\"type\": \"number\", \"key\": \"a\"}]}", "d.form"))
                .hasMessageContaining("två fält har nyckeln a");
        assertThatThrownBy(() -> parser.parse("{\"id\": \"x\", \"components\": [{\"type\": \"textfield\","
                + " \"key\": \"a\", \"validate\": {\"pattern\": \"([\"}}]}", "p.form"))
                .hasMessageContaining("fältet a har ett ogiltigt mönster");
    }

    @Test
    void catalogFindsFormsByIdAndRefusesTwoFormsWithTheSameId(@TempDir Path folder) throws IOException {
        FormCatalog catalog = new FormCatalog("classpath*:test-forms/*.form");
        assertThat(catalog.find("test-board-report")).isPresent();
        assertThat(catalog.find("all-components")).isPresent();
        assertThat(catalog.find("board-report")).isEmpty();
        assertThat(catalog.find(null)).isEmpty();

        String form = "{\"id\": \"same\", \"components\": []}";
        Files.writeString(folder.resolve("a.form"), form);
        Files.writeString(folder.resolve("b.form"), form);
        assertThatThrownBy(() -> new FormCatalog("file:" + folder + "/*.form"))
                .isInstanceOf(InvalidFormException.class).hasMessageContaining("Två formulär har id same");
    }

    private static FormComponent input(TaskForm form, String path) {
        return form.inputs().stream().filter(c -> path.equals(c.path())).findFirst().orElseThrow();
    }
}
