package se.uppdragsstyrning.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.uppdragsstyrning.assignment.AssignmentService;
import se.uppdragsstyrning.assignment.RegisterChange;
import se.uppdragsstyrning.assignment.RegisterHistory;
import se.uppdragsstyrning.organisation.Organisation;
import se.uppdragsstyrning.organisation.OrganisationKind;
import se.uppdragsstyrning.organisation.OrganisationRepository;
import se.uppdragsstyrning.organisation.OrganisationService;
import se.uppdragsstyrning.reporting.PeriodId;
import se.uppdragsstyrning.reporting.PeriodState;
import se.uppdragsstyrning.reporting.ReportingPeriod;
import se.uppdragsstyrning.reporting.ReportingPeriodRepository;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * Import and export of the interchange format through the API and the upload page, each test on an empty
 * database (the demo is off; the schema is cleaned and migrated before every test).
 */
@SpringBootTest(properties = {"uppdrag.demo.enabled=false", "spring.flyway.clean-disabled=false"})
@AutoConfigureMockMvc
class InterchangeImportTest {

    static final String PERIOD = "2025-INTERIM_AUGUST";
    static final RequestPostProcessor COORDINATOR = httpBasic("samordnare", "demo");

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Flyway flyway;
    @Autowired
    UserAccounts users;
    @Autowired
    AssignmentService register;
    @Autowired
    RegisterHistory history;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OrganisationRepository organisationRepository;
    @Autowired
    ReportingPeriodRepository periods;
    @Autowired
    InterchangeImport imports;

    @BeforeEach
    void emptyDatabase() {
        // what the previous test's imports set off after their commit (lifecycle starts, rollups) is done before
        // the schema is dropped under it (on PostgreSQL a drop beside a running listener can deadlock)
        if (hasTable("event_publication")) {
            await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                    "select count(*) from event_publication where completion_date is null", Long.class) == 0);
        }
        flyway.clean();
        flyway.migrate();
        users.createIfMissing("samordnare", "demo", "Samordnare", "samordnare@kommun.example", null,
                Set.of(Role.COORDINATOR));
    }

    // ---- (a) idempotent re-import

    @Test
    void demoFileImportedTwiceIsStoredOnce() throws Exception {
        ObjectNode demo = demo();
        int entries = demo.get("organisations").size() + demo.get("goals").size()
                + 2 * demo.get("assignments").size() + 1;

        JsonNode first = importOk(bytes(demo));
        assertThat(first.get("created").asInt()).isEqualTo(entries);
        assertThat(first.at("/details/assignments/created").asInt()).isEqualTo(23);

        JsonNode second = importOk(bytes(demo));
        assertThat(second.get("created").asInt()).isZero();
        assertThat(second.get("updated").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(entries);

        assertThat(count("assignment")).isEqualTo(23);
        assertThat(count("organisation")).isEqualTo(16);
        assertThat(count("goal")).isEqualTo(1);
        assertThat(count("assignment_assessment")).isEqualTo(23);
        assertThat(count("reporting_period")).isEqualTo(1);
        assertThat(count("goal_period_text")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(distinct ref) from assignment", Long.class)).isEqualTo(23);
        // the only history is the first import closing the assignment its approved report says is done
        assertThat(jdbc.queryForList("select entity_ref || ':' || field || ':' || new_value from register_change",
                String.class)).as("nothing changed the second time").containsExactly("2025-T5:state:CLOSED_DONE");
        ReportingPeriod period = periods.findByYearAndKind(2025, PeriodId.parse(PERIOD).kind()).orElseThrow();
        assertThat(period.isHistorical()).isTrue();
        assertThat(period.getState().isApproved()).isTrue();
    }

    // ---- (b) every problem, nothing stored

    @Test
    void fileBrokenInEightWaysListsEveryProblemAndStoresNothing() throws Exception {
        importOk(bytes(demo()));
        ObjectNode broken = demo();
        broken.withArrayProperty("organisations").addObject().put("code", "NYN").put("name", "Nya nämnden")
                .put("kind", "BOARD");
        assignment(broken, 0).put("title", "En giltig ny titel som inte får sparas");
        broken.put("schemaVersion", 2);
        broken.withObjectProperty("period").put("kind", "INTERIM_MAY");
        ((ArrayNode) assignment(broken, 1).get("responsible")).set(0, "XYZ");
        assignment(broken, 2).put("title", "   ");
        assignment(broken, 3).withObjectProperty("report").put("status", "BLUE");
        assignment(broken, 5).put("ref", assignment(broken, 4).get("ref").asText());
        assignment(broken, 6).withObjectProperty("report").put("estimatedEndYear", 1999);
        assignment(broken, 7).put("goal", 7);
        Map<String, Long> before = rowCounts();

        JsonNode answer = importRejected(bytes(broken));

        assertThat(problemsByPath(answer)).containsOnlyKeys("$.schemaVersion", "$.period.kind",
                "$.assignments[1].responsible[0]", "$.assignments[2].title", "$.assignments[3].report.status",
                "$.assignments[5].ref", "$.assignments[6].report.estimatedEndYear", "$.assignments[7].goal");
        assertThat(problemsByPath(answer))
                .hasEntrySatisfying("$.schemaVersion", m -> assertThat(m).contains("schemaVersion 2"))
                .hasEntrySatisfying("$.period.kind", m -> assertThat(m).contains("INTERIM_MAY", "INTERIM_AUGUST"))
                .hasEntrySatisfying("$.assignments[1].responsible[0]", m -> assertThat(m).contains("XYZ"))
                .hasEntrySatisfying("$.assignments[2].title", m -> assertThat(m).contains("tomt"))
                .hasEntrySatisfying("$.assignments[3].report.status", m -> assertThat(m).contains("BLUE", "RED"))
                .hasEntrySatisfying("$.assignments[5].ref", m -> assertThat(m).contains("2025-38", "$.assignments[4]"))
                .hasEntrySatisfying("$.assignments[6].report.estimatedEndYear", m -> assertThat(m).contains("1999"))
                .hasEntrySatisfying("$.assignments[7].goal", m -> assertThat(m).contains("Mål 7"));
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(organisations.findByCode("NYN")).isEmpty();
        assertThat(register.assignment("2025-34").orElseThrow().getTitle()).isEqualTo(assignment(demo(), 0)
                .get("title").asText());
    }

    static Stream<Arguments> singleProblems() {
        return Stream.of(
                problem("schemaVersion missing", f -> f.remove("schemaVersion"), "$.schemaVersion", "saknas"),
                problem("municipality of another", f -> f.put("municipality", "Gävle kommun"), "$.municipality",
                        "Gävle kommun"),
                problem("year as text", f -> f.withObjectProperty("period").put("year", "2025"), "$.period.year", "heltal"),
                problem("duplicate organisation", f -> f.withArrayProperty("organisations").addObject().put("code", "ks")
                        .put("name", "Kommunstyrelsen").put("kind", "BOARD"), "$.organisations[16].code",
                        "$.organisations[0]"),
                problem("unknown organisation kind", f -> ((ObjectNode) f.get("organisations").get(0))
                        .put("kind", "AGENCY"), "$.organisations[0].kind", "BOARD, COMPANY"),
                problem("missing title", f -> assignment(f, 1).remove("title"), "$.assignments[1].title",
                        "saknas"),
                problem("unknown origin", f -> assignment(f, 1).put("origin", "MOTION"), "$.assignments[1].origin",
                        "MOTION"),
                problem("unknown concerned", f -> assignment(f, 0).putArray("concerned").add("NOPE"),
                        "$.assignments[0].concerned[0]", "NOPE"),
                problem("ALL among concerned", f -> assignment(f, 0).putArray("concerned").add("ALL"),
                        "$.assignments[0].concerned[0]", "ansvariga"),
                problem("ALL with others", f -> assignment(f, 0).putArray("responsible").add("ALL").add("KS"),
                        "$.assignments[0].responsible", "ensamt"),
                problem("organisation twice", f -> assignment(f, 3).putArray("responsible").add("KS").add("ks"),
                        "$.assignments[3].responsible[1]", "tidigare"),
                problem("no responsible", f -> assignment(f, 3).putArray("responsible"),
                        "$.assignments[3].responsible", "minst en"),
                problem("end year after range", f -> assignment(f, 0).withObjectProperty("report").put("estimatedEndYear", 2101),
                        "$.assignments[0].report.estimatedEndYear", "2000–2100"),
                problem("ongoing, ends before the period", f -> assignment(f, 0).withObjectProperty("report")
                        .put("estimatedEndYear", 2024), "$.assignments[0].report.estimatedEndYear",
                        "före periodens år 2025"),
                problem("status text of another status", f -> assignment(f, 0).withObjectProperty("report")
                        .put("statusText", "Gul. Försenat/inte påbörjat."), "$.assignments[0].report.statusText",
                        "GREEN_ON_TRACK"),
                problem("impossible date", f -> assignment(f, 13).withObjectProperty("decision").put("date", "2025-02-30"),
                        "$.assignments[13].decision.date", "ÅÅÅÅ-MM-DD"),
                problem("ref with a space", f -> assignment(f, 0).put("ref", "2025 34"), "$.assignments[0].ref",
                        "bokstäver"));
    }

    private static Arguments problem(String name, Consumer<ObjectNode> change, String path, String message) {
        return Arguments.of(name, change, path, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleProblems")
    void eachRuleReportsItsProblemAtItsPath(String name, Consumer<ObjectNode> change, String path, String message)
            throws Exception {
        ObjectNode file = demo();
        change.accept(file);

        JsonNode answer = importRejected(bytes(file));

        assertThat(problemsByPath(answer)).containsOnlyKeys(path);
        assertThat(problemsByPath(answer).get(path)).contains(message);
        assertThat(count("assignment")).isZero();
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws Exception {
        byte[] file = "{\n  \"schemaVersion\": 1,\n  \"period\": {\"year\": 2025 \"kind\": \"ANNUAL\"}\n}"
                .getBytes(StandardCharsets.UTF_8);

        JsonNode answer = importRejected(file);

        assertThat(problemsByPath(answer)).containsOnlyKeys("$");
        assertThat(problemsByPath(answer).get("$")).contains("inte giltig JSON", "rad 3", "kolumn 27");
    }

    @Test
    void truncatedAndNonUtf8FilesAreReportedInSwedish() throws Exception {
        byte[] demo = bytes(demo());
        byte[] truncated = Arrays.copyOf(demo, demo.length / 2);
        assertThat(problemsByPath(importRejected(truncated)).get("$")).contains("tar slut för tidigt");

        byte[] latin1 = "{\n\"municipality\": \"Gävle\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problemsByPath(importRejected(latin1)).get("$")).contains("UTF-8", "rad 2", "kolumn 19");
    }

    @Test
    void periodRunInThisSystemCannotBeImportedOver() throws Exception {
        periods.save(new ReportingPeriod(PeriodId.parse(PERIOD), PeriodState.REPORTING, false, Instant.now()));

        JsonNode answer = importRejected(bytes(demo()));

        assertThat(problemsByPath(answer)).containsOnlyKeys("$.period");
        assertThat(problemsByPath(answer).get("$.period"))
                .contains("Delårsuppföljning per augusti 2025", "genomförs i det här systemet");
        assertThat(count("assignment")).isZero();
    }

    @Test
    void organisationsResolveThroughTheRegistersAliases() throws Exception {
        Organisation scn = organisations.upsert("SCN", "Socialnämnden", OrganisationKind.BOARD);
        scn.addAlias("Soc");
        organisationRepository.save(scn);
        ObjectNode file = demo();
        ArrayNode fileOrganisations = file.withArrayProperty("organisations");
        for (int i = 0; i < fileOrganisations.size(); i++) {
            if ("SCN".equals(fileOrganisations.get(i).get("code").asText())) {
                fileOrganisations.remove(i);
            }
        }
        ArrayNode responsible = (ArrayNode) assignment(file, 2).get("responsible");
        for (int i = 0; i < responsible.size(); i++) {
            if ("SCN".equals(responsible.get(i).asText())) {
                responsible.set(i, "soc");
            }
        }

        importOk(bytes(file));

        assertThat(jdbc.queryForList("select o.code from assignment_organisation ao"
                + " join organisation o on o.id = ao.organisation_id join assignment a on a.id = ao.assignment_id"
                + " where a.ref = ? and ao.role = 'RESPONSIBLE'", String.class, assignment(file, 2).get("ref").asText()))
                .contains("SCN");
        assertThat(count("organisation")).isEqualTo(16);
    }

    // ---- (c) changes are updated and kept in the history

    @Test
    void changedTitleAndAssessmentAreUpdatedAndKeptInHistory() throws Exception {
        ObjectNode demo = demo();
        importOk(bytes(demo));
        String oldTitle = assignment(demo, 0).get("title").asText();
        String oldAssessment = assignment(demo, 0).get("report").get("assessment").asText();
        ObjectNode changed = demo();
        assignment(changed, 0).put("title", "Utveckla förmågan att förebygga ungdomsbrottslighet.");
        assignment(changed, 0).withObjectProperty("report").put("assessment", "Uppdraget pågår. Ny bedömning.");

        JsonNode answer = importOk(bytes(changed));

        assertThat(answer.get("created").asInt()).isZero();
        assertThat(answer.get("updated").asInt()).isEqualTo(2);
        assertThat(answer.at("/details/assignments/updated").asInt()).isEqualTo(1);
        assertThat(answer.at("/details/assessments/updated").asInt()).isEqualTo(1);
        assertThat(register.assignment("2025-34").orElseThrow().getTitle())
                .isEqualTo("Utveckla förmågan att förebygga ungdomsbrottslighet.");
        List<RegisterChange> titleChanges = history.of(AssignmentService.ASSIGNMENT, "2025-34");
        assertThat(titleChanges).singleElement().satisfies(change -> {
            assertThat(change.getField()).isEqualTo("title");
            assertThat(change.getOldValue()).isEqualTo(oldTitle);
            assertThat(change.getNewValue()).isEqualTo("Utveckla förmågan att förebygga ungdomsbrottslighet.");
            assertThat(change.getSource()).isEqualTo(InterchangeImport.SOURCE);
            assertThat(change.getChangedBy()).isEqualTo("samordnare");
        });
        assertThat(history.of(InterchangeImport.ASSESSMENT, "2025-34@" + PERIOD)).singleElement()
                .satisfies(change -> {
                    assertThat(change.getField()).isEqualTo("assessment");
                    assertThat(change.getOldValue()).isEqualTo(oldAssessment);
                    assertThat(change.getNewValue()).isEqualTo("Uppdraget pågår. Ny bedömning.");
                });
        assertThat(count("assignment")).isEqualTo(23);
    }

    // ---- (c2) an older file does not rename today's organisation

    @Test
    void anOlderFileKeepsTheNameItGivesAsTheOrganisationsNameThenAndLeavesTodaysName() throws Exception {
        importOk(bytes(demo()));
        ObjectNode older = demo();
        older.withObjectProperty("period").put("year", 2023).put("label", "Delårsuppföljning per augusti 2023");
        ((ObjectNode) older.get("organisations").get(0)).put("name", "Kommunstyrelsen (2023)");

        JsonNode answer = importOk(bytes(older));

        assertThat(answer.at("/details/organisations/updated").asInt()).isEqualTo(1);
        assertThat(organisations.findByCode("KS").orElseThrow().getName()).isEqualTo("Kommunstyrelsen");
        assertThat(organisations.nameOn("KS", LocalDate.of(2023, 8, 31))).contains("Kommunstyrelsen (2023)");
        assertThat(organisations.nameOn("KS", LocalDate.of(2025, 8, 31))).contains("Kommunstyrelsen");
        assertThat(importOk(bytes(demo())).at("/details/organisations/updated").asInt())
                .as("the newer file again changes no name").isZero();
    }

    // ---- (d) export gives the imported file back

    @Test
    void exportOfTheImportedPeriodEqualsTheDemoFile() throws Exception {
        importOk(bytes(demo()));

        JsonNode exported = json.readTree(export(COORDINATOR).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());

        assertThat(exported).isEqualTo(demo());
    }

    @Test
    void exportIsForEveryRoleButNotForAnonymousAndNamesAnUnknownPeriod() throws Exception {
        importOk(bytes(demo()));
        secretary();

        export(httpBasic("sekr-scn", "demo")).andExpect(status().isOk());
        mvc.perform(get("/api/export").param("period", PERIOD)).andExpect(status().isUnauthorized());
        JsonNode unknown = json.readTree(mvc.perform(get("/api/export").param("period", "2024-ANNUAL")
                .with(COORDINATOR)).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(problemsByPath(unknown).get("period")).contains("Årsredovisning 2024", "finns inte");
        JsonNode wrong = json.readTree(mvc.perform(get("/api/export").param("period", "augusti")
                .with(COORDINATOR)).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsByteArray());
        assertThat(problemsByPath(wrong).get("period")).contains("2025-INTERIM_AUGUST");
    }

    // ---- (e) size limit

    @Test
    void fileOverTheSizeLimitIsRefusedUnreadAndOneAtTheLimitIsAccepted() throws Exception {
        byte[] demo = bytes(demo());
        byte[] atLimit = padded(demo, imports.maxBytes());
        byte[] overLimit = padded(demo, imports.maxBytes() + 1);

        JsonNode answer = json.readTree(mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON)
                .content(overLimit).with(COORDINATOR)).andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON)).andReturn()
                .getResponse().getContentAsByteArray());
        assertThat(problemsByPath(answer).get("$")).contains("för stor");
        assertThat(answer.path("title").asText()).isEqualTo("För stort innehåll");
        assertThat(answer.path("detail").asText()).isEqualTo(answer.path("problems").path(0).path("message").asText());
        String page = mvc.perform(multipart("/import").file(new MockMultipartFile("file", "stor.json",
                "application/json", overLimit)).with(coordinatorPage()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("för stor", "ingenting har sparats");
        assertThat(count("assignment")).isZero();

        importOk(atLimit);
        assertThat(count("assignment")).isEqualTo(23);
    }

    // ---- (f) who may import

    @Test
    void onlyCoordinatorsAndAdministratorsMayImport() throws Exception {
        importOk(bytes(demo()));
        secretary();
        users.createIfMissing("admin", "demo", "Administratör", "admin@kommun.example", null, Set.of(Role.ADMIN));

        mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content(bytes(demo()))
                .with(httpBasic("sekr-scn", "demo"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content(bytes(demo())))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/import").with(user(users.loadUserByUsername("sekr-scn")))).andExpect(status().isForbidden());
        mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content(bytes(demo()))
                .with(httpBasic("admin", "demo"))).andExpect(status().isOk());
    }

    // ---- (g) the upload page

    @Test
    void uploadPageReadsTheFileAndTellsWhatItDid() throws Exception {
        String form = mvc.perform(get("/import").with(coordinatorPage())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("type=\"file\"", "name=\"file\"", "enctype=\"multipart/form-data\"",
                "name=\"_csrf\"", "action=\"/import?_csrf=");

        String page = upload(bytes(demo()));

        assertThat(page).contains("Filen är inläst: 64 nya, 0 ändrade och 0 oförändrade poster.",
                "<th scope=\"row\">Uppdrag</th>");
        assertThat(count("assignment")).isEqualTo(23);
        assertThat(upload(bytes(demo()))).contains("Filen är inläst: 0 nya, 0 ändrade och 64 oförändrade poster.");
    }

    @Test
    void uploadPageListsEveryProblemOfABrokenFile() throws Exception {
        ObjectNode broken = demo();
        assignment(broken, 2).put("title", "");
        assignment(broken, 3).withObjectProperty("report").put("status", "BLUE");

        String page = upload(bytes(broken));

        assertThat(page).contains("Det finns 2 fel att rätta", "$.assignments[2].title",
                "$.assignments[3].report.status", "Okänt värde ”BLUE”", "ingenting har sparats");
        assertThat(count("assignment")).isZero();
        String noFile = mvc.perform(multipart("/import").with(coordinatorPage()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(noFile).contains("Välj en fil att läsa in.");
    }

    @Test
    void uploadWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(multipart("/import").file(new MockMultipartFile("file", "demo.json", "application/json",
                bytes(demo()))).with(coordinatorPage())).andExpect(status().isForbidden());
        assertThat(count("assignment")).isZero();
    }

    // ---- helpers

    private ObjectNode demo() throws IOException {
        return (ObjectNode) json.readTree(new ClassPathResource(DemoData.FILE).getInputStream());
    }

    private byte[] bytes(JsonNode file) throws IOException {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(file);
    }

    private static ObjectNode assignment(ObjectNode file, int index) {
        return (ObjectNode) file.get("assignments").get(index);
    }

    /** The file followed by spaces up to the given size. */
    private static byte[] padded(byte[] file, int size) {
        byte[] padded = Arrays.copyOf(file, size);
        Arrays.fill(padded, file.length, size, (byte) ' ');
        return padded;
    }

    private JsonNode importOk(byte[] file) throws Exception {
        return json.readTree(postImport(file).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray());
    }

    private JsonNode importRejected(byte[] file) throws Exception {
        return json.readTree(postImport(file).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsByteArray());
    }

    private ResultActions postImport(byte[] file) throws Exception {
        return mvc.perform(post("/api/import").contentType(MediaType.APPLICATION_JSON).content(file)
                .with(COORDINATOR));
    }

    private ResultActions export(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/api/export").param("period", PERIOD).with(who));
    }

    private String upload(byte[] file) throws Exception {
        MvcResult result = mvc.perform(multipart("/import").file(new MockMultipartFile("file", "uppfoljning.json",
                "application/json", file)).with(coordinatorPage()).with(csrf())).andExpect(status().isOk())
                .andReturn();
        return result.getResponse().getContentAsString();
    }

    private RequestPostProcessor coordinatorPage() {
        return user(users.loadUserByUsername("samordnare"));
    }

    private void secretary() {
        users.createIfMissing("sekr-scn", "demo", "Sekreterare Socialnämnden", "sekr-scn@kommun.example", "SCN",
                Set.of(Role.SECRETARY));
    }

    /** path → message of a refusal (a problem detail, RFC 9457); fails on a path named twice. */
    private static Map<String, String> problemsByPath(JsonNode answer) {
        assertThat(answer.path("status").asInt()).isBetween(400, 499);
        assertThat(answer.path("title").asText()).isNotBlank();
        assertThat(answer.path("detail").asText()).isNotBlank();
        Map<String, String> problems = new LinkedHashMap<>();
        List<String> paths = new ArrayList<>();
        for (JsonNode problem : answer.get("problems")) {
            paths.add(problem.get("path").asText());
            problems.put(problem.get("path").asText(), problem.get("message").asText());
        }
        assertThat(paths).doesNotHaveDuplicates();
        return problems;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private boolean hasTable(String table) {
        return jdbc.queryForObject("select count(*) from information_schema.tables where table_schema = current_schema"
                + " and table_name = ?", Long.class, table) > 0;
    }

    /**
     * Rows of every table of the schema (except Flyway's own), once what earlier imports set off after their commit
     * (the assignments' lifecycles starting) has happened.
     */
    private Map<String, Long> rowCounts() {
        await().until(() -> jdbc.queryForObject("select count(*) from event_publication where completion_date is null",
                Long.class) == 0);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema"
                + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by table_name",
                String.class).forEach(table -> counts.put(table, count(table)));
        assertThat(counts).containsKeys("assignment", "organisation", "register_change", "assignment_assessment");
        return counts;
    }
}
