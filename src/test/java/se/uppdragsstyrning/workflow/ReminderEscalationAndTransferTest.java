package se.uppdragsstyrning.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.uppdragsstyrning.notification.Notice;
import se.uppdragsstyrning.notification.NoticeKind;
import se.uppdragsstyrning.notification.NotificationService;
import se.uppdragsstyrning.system.AppUser;
import se.uppdragsstyrning.system.Role;
import se.uppdragsstyrning.system.UserAccounts;

/**
 * The engine's timers on the demo data, with the application around them: the coordinator opens "Delårsuppföljning
 * per augusti 2026" with reports due in ten days and reminders three days before, Uppsalahem reports everything at
 * once, the coordinator moves two assignments to another organisation while their tasks are open, and then the
 * engine's clock (only the engine's: the application's own clock stays at today) is moved past the reminder and
 * past the due date. Only the organisations still owing a report are reminded, and the coordinator is told who is
 * late.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderEscalationAndTransferTest {

    static final String PERIOD = "2026-INTERIM_AUGUST";
    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));
    static final String EVERYTHING_DONE = "UHEM";
    /** Responsibility moves from UBN (its only responsible organisation) to KS, which reports in UBN's place. */
    static final String MOVED_AND_REPORTED = "2025-T8";
    /** Responsibility moves from PBN to GSN (not responsible before), whose moved task stays open. */
    static final String MOVED_AND_OPEN = "2025-37";

    /** The open reporting tasks per organisation just before the engine's clock moves; filled by step 3. */
    static final Map<String, Integer> openBeforeReminders = new TreeMap<>();

    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;
    @Autowired
    UserAccounts users;
    @Autowired
    NotificationService notifications;
    @Autowired
    ZeebeTestEngine embeddedZeebeEngine;

    @Test
    @Order(1)
    void openingThePeriodPutsEveryTaskInTheInboxAndNobodyIsRemindedYet() throws Exception {
        mvc.perform(post("/api/periods").with(httpBasic("samordnare", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"year": 2026, "kind": "INTERIM_AUGUST", "reportDue": "%s", "compilationDue": "%s",
                                 "ksDue": "%s", "reminderDays": 3}""".formatted(TODAY.plusDays(10),
                                TODAY.plusDays(17), TODAY.plusDays(24))))
                .andExpect(status().isCreated());
        JsonNode progress = eventually("alla uppgifter skapade").until(() -> period().get("progress"),
                p -> p.get("expected").asInt() > 0 && p.get("created").asInt() == p.get("expected").asInt());
        int expected = progress.get("expected").asInt();
        Map<String, Integer> perOrganisation = openTasksPerOrganisation();
        assertThat(perOrganisation.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(expected);
        assertThat(perOrganisation).containsKeys(EVERYTHING_DONE, "UBN", "KS", "PBN", "GSN", "SCN");
        assertThat(openTasks("UBN")).anySatisfy(t -> assertThat(ref(t)).isEqualTo(MOVED_AND_REPORTED));
        assertThat(openTasks("PBN")).anySatisfy(t -> assertThat(ref(t)).isEqualTo(MOVED_AND_OPEN));
        assertThat(openTasks("GSN")).noneSatisfy(t -> assertThat(ref(t)).isEqualTo(MOVED_AND_OPEN));
        assertThat(openTasks("SCN")).allSatisfy(t -> assertThat(t.get("remindedAt").isNull()).isTrue());
        assertThat(notifications.inbox(secretary("SCN"))).isEmpty();
        System.out.printf("Öppnad: %d uppgifter, per organisation %s%n", expected, perOrganisation);
    }

    @Test
    @Order(2)
    void anOrganisationReportsEverythingAtOnce() throws Exception {
        List<JsonNode> tasks = openTasks(EVERYTHING_DONE);
        assertThat(tasks).isNotEmpty();
        for (JsonNode task : tasks) {
            complete(secretary(EVERYTHING_DONE), task, status().isOk());
        }
        assertThat(openTasks(EVERYTHING_DONE)).isEmpty();
        assertThat(tasks(secretary(EVERYTHING_DONE), "completed")).hasSize(tasks.size());
        assertThat(period().at("/progress/submitted").asInt()).isEqualTo(tasks.size());
        System.out.printf("%s rapporterade %d uppgifter%n", EVERYTHING_DONE, tasks.size());
    }

    @Test
    @Order(3)
    void aTransferMovesTheOpenTaskToTheNewOrganisationWhichReportsInItsPlace() throws Exception {
        JsonNode ubnTask = openTask("UBN", MOVED_AND_REPORTED);
        int ubnBefore = openTasks("UBN").size();
        int ksBefore = openTasks("KS").size();
        transfer(MOVED_AND_REPORTED, "UBN", "KS");

        JsonNode moved = eventually("uppgiften hos KS").until(() -> openTask("KS", MOVED_AND_REPORTED),
                Objects::nonNull);
        assertThat(moved.get("id").asLong()).isEqualTo(ubnTask.get("id").asLong());
        assertThat(moved.get("organisationCode").asText()).isEqualTo("KS");
        assertThat(openTasks("UBN")).hasSize(ubnBefore - 1)
                .noneSatisfy(t -> assertThat(ref(t)).isEqualTo(MOVED_AND_REPORTED));
        assertThat(openTasks("KS")).hasSize(ksBefore + 1);
        mvc.perform(get("/api/tasks/" + ubnTask.get("id").asLong()).with(httpBasic(secretary("UBN"), "demo")))
                .andExpect(status().isNotFound());

        JsonNode assignment = getJson("samordnare", "/api/assignments/" + MOVED_AND_REPORTED);
        assertThat(assignment.get("responsible")).extracting(JsonNode::asText).containsExactly("KS");
        assertThat(assignment.get("transfers")).hasSize(1);
        assertThat(assignment.at("/transfers/0/from").asText()).isEqualTo("UBN");
        assertThat(assignment.at("/transfers/0/to").asText()).isEqualTo("KS");
        assertThat(assignment.at("/transfers/0/effectiveDate").asText()).isEqualTo("2026-11-22");
        assertThat(assignment.at("/transfers/0/recordedBy").asText()).isEqualTo("samordnare");

        complete(secretary("KS"), moved, status().isOk());
        complete(secretary("KS"), moved, status().isConflict()); // done once, not twice
        assertThat(tasks(secretary("KS"), "completed")).singleElement()
                .satisfies(t -> assertThat(t.get("completedBy").asText()).isEqualTo(secretary("KS")));
        assertThat(tasks(secretary("UBN"), "completed")).isEmpty();

        // the single report is the assignment's assessment in the period; the report is kommunstyrelsen's
        JsonNode assessed = eventually("bedömningen registrerad").until(
                () -> getJson("samordnare", "/api/assignments/" + MOVED_AND_REPORTED),
                a -> stream(a.get("assessments")).anyMatch(s -> s.get("period").asText().equals(PERIOD)));
        List<JsonNode> reportsInPeriod = stream(assessed.get("boardReports"))
                .filter(r -> r.get("period").asText().equals(PERIOD)).toList();
        assertThat(reportsInPeriod).as("rapporterna för %s i perioden: %s", MOVED_AND_REPORTED, reportsInPeriod)
                .singleElement().satisfies(r -> {
                    assertThat(r.get("organisation").asText()).isEqualTo("KS");
                    assertThat(r.get("state").asText()).isEqualTo("SUBMITTED");
                    assertThat(r.get("status").asText()).isEqualTo("YELLOW");
                });

        // the second move leaves the task open with the new organisation
        JsonNode pbnTask = openTask("PBN", MOVED_AND_OPEN);
        transfer(MOVED_AND_OPEN, "PBN", "GSN");
        JsonNode movedOpen = eventually("uppgiften hos GSN").until(() -> openTask("GSN", MOVED_AND_OPEN),
                Objects::nonNull);
        assertThat(movedOpen.get("id").asLong()).isEqualTo(pbnTask.get("id").asLong());
        assertThat(getJson("samordnare", "/api/assignments/" + MOVED_AND_OPEN).get("responsible"))
                .extracting(JsonNode::asText).containsExactlyInAnyOrder("GSN", "KS", "UBN", "UHEM");
        // the report still to be written is GSN's now; PBN owes nothing
        List<String> owing = eventually("GSN:s rapport att skriva").until(() -> stream(
                getJson("samordnare", "/api/assignments/" + MOVED_AND_OPEN).get("boardReports"))
                .filter(r -> r.get("period").asText().equals(PERIOD))
                .map(r -> r.get("organisation").asText() + "=" + r.get("state").asText()).sorted().toList(),
                reporters -> reporters.contains("GSN=DRAFT"));
        assertThat(owing).containsExactly("GSN=DRAFT", "KS=DRAFT", "UBN=DRAFT", "UHEM=SUBMITTED");

        openBeforeReminders.putAll(openTasksPerOrganisation());
        int open = openBeforeReminders.values().stream().mapToInt(Integer::intValue).sum();
        JsonNode progress = period().get("progress");
        assertThat(progress.get("open").asInt()).as("öppna rapporter i perioden").isEqualTo(open);
        assertThat(progress.get("created").asInt()).isEqualTo(progress.get("expected").asInt());
        assertThat(progress.get("submitted").asInt()).isEqualTo(progress.get("expected").asInt() - open);
    }

    @Test
    @Order(4)
    void pastTheReminderTimeEveryOrganisationStillOwingAReportIsReminded() throws Exception {
        assertThat(openBeforeReminders).doesNotContainKey(EVERYTHING_DONE).containsKeys("SCN", "UBN", "KS", "GSN");
        passEngineTime(Duration.ofDays(8)); // past today + 10 − 3 days at 08:00, before the due date
        int open = openBeforeReminders.values().stream().mapToInt(Integer::intValue).sum();
        eventually(open + " påminnelser").until(() -> remindersPerOrganisation().values().stream()
                .mapToInt(Integer::intValue).sum() >= open);
        // and for a second after that no reminder too many comes
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> remindersPerOrganisation().equals(openBeforeReminders));
        for (String organisation : openBeforeReminders.keySet()) {
            assertThat(notices(secretary(organisation), NoticeKind.REMINDER)).as(organisation)
                    .allSatisfy(n -> assertThat(n.getSubject()).startsWith("Påminnelse: rapportera "))
                    .allSatisfy(n -> assertThat(n.getBody()).contains(TODAY.plusDays(10).toString()));
        }
        assertThat(notices(secretary("GSN"), NoticeKind.REMINDER)).extracting(Notice::getSubject)
                .contains("Påminnelse: rapportera Uppdrag 37");
        assertThat(notices(secretary("PBN"), NoticeKind.REMINDER)).extracting(Notice::getSubject)
                .doesNotContain("Påminnelse: rapportera Uppdrag 37");
        assertThat(notifications.inbox(secretary(EVERYTHING_DONE))).isEmpty();
        assertThat(notifications.inbox("godk-scn")).filteredOn(n -> n.getKind() == NoticeKind.REMINDER)
                .hasSize(openBeforeReminders.get("SCN"));
        assertThat(notices("samordnare", NoticeKind.ESCALATION)).isEmpty();

        for (String organisation : openBeforeReminders.keySet()) {
            assertThat(openTasks(organisation)).as(organisation)
                    .allSatisfy(t -> assertThat(t.get("remindedAt").isNull()).isFalse())
                    .allSatisfy(t -> assertThat(t.get("escalatedAt").isNull()).isTrue());
        }
        assertThat(tasks(secretary(EVERYTHING_DONE), "completed"))
                .allSatisfy(t -> assertThat(t.get("remindedAt").isNull()).isTrue());
        assertThat(tasks(secretary("KS"), "completed"))
                .allSatisfy(t -> assertThat(t.get("remindedAt").isNull()).isTrue());

        String page = mvc.perform(get("/notiser").with(user(users.loadUserByUsername(secretary("SCN")))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Påminnelse: rapportera Uppdrag 34").contains(">Påminnelse<")
                .doesNotContain("Inga notiser.");
        assertThat(countOf(page, "<article class=\"card")).isEqualTo(openBeforeReminders.get("SCN"));
        System.out.printf("Påminnelser efter 8 dagar: %s (%s: inga)%n", openBeforeReminders, EVERYTHING_DONE);
    }

    @Test
    @Order(5)
    void pastTheDueDateTheCoordinatorIsToldWhoIsLate() throws Exception {
        int open = openBeforeReminders.values().stream().mapToInt(Integer::intValue).sum();
        passEngineTime(Duration.ofDays(3)); // past today + 10 at 16:00, before the compilation's due date
        eventually("eskaleringar till samordnaren")
                .until(() -> notices("samordnare", NoticeKind.ESCALATION).size() >= open);
        // and for a second after that no escalation too many comes
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> notices("samordnare", NoticeKind.ESCALATION).size() == open);
        List<Notice> escalations = notices("samordnare", NoticeKind.ESCALATION);
        assertThat(escalations).hasSize(open);

        Map<String, Integer> lateByOrganisation = new TreeMap<>();
        Pattern from = Pattern.compile("^Försenad rapport: .+ från (\\S+)$");
        for (Notice escalation : escalations) {
            Matcher matcher = from.matcher(escalation.getSubject());
            assertThat(matcher.matches()).as(escalation.getSubject()).isTrue();
            lateByOrganisation.merge(matcher.group(1), 1, Integer::sum);
            assertThat(escalation.getBody()).startsWith(matcher.group(1) + " har inte lämnat sin rapport för ")
                    .contains("(sista dag " + TODAY.plusDays(10) + ")");
        }
        assertThat(lateByOrganisation).isEqualTo(openBeforeReminders);
        assertThat(escalations).extracting(Notice::getLink).doesNotContain("/uppdrag/" + MOVED_AND_REPORTED);
        assertThat(escalations).extracting(Notice::getSubject).contains("Försenad rapport: Uppdrag 37 från GSN")
                .doesNotContain("Försenad rapport: Uppdrag 37 från PBN");
        // the secretaries are reminded once, not again when the report is late
        assertThat(notices(secretary("SCN"), NoticeKind.REMINDER)).hasSize(openBeforeReminders.get("SCN"));
        assertThat(notifications.inbox(secretary("SCN"))).hasSize(openBeforeReminders.get("SCN"));

        for (String organisation : openBeforeReminders.keySet()) {
            assertThat(openTasks(organisation)).as(organisation)
                    .allSatisfy(t -> assertThat(t.get("escalatedAt").isNull()).isFalse());
        }
        assertThat(tasks(secretary(EVERYTHING_DONE), "completed"))
                .allSatisfy(t -> assertThat(t.get("escalatedAt").isNull()).isTrue());

        // The period's progress counts the open reports; whether they are overdue it judges by the application's
        // clock, which is still today (the due date is ten days away), not by the engine's clock.
        JsonNode progress = period().get("progress");
        assertThat(progress.get("open").asInt()).isEqualTo(open);
        assertThat(progress.get("overdue").asInt()).isZero();
        assertThat(openTasks("SCN")).allSatisfy(t -> assertThat(t.get("overdue").asBoolean()).isFalse());
        System.out.printf("Eskaleringar efter 11 dagar: %d, per organisation %s; period %s%n", escalations.size(),
                lateByOrganisation, progress);
    }

    private void passEngineTime(Duration duration) throws Exception {
        embeddedZeebeEngine.increaseTime(duration);
        embeddedZeebeEngine.waitForIdleState(PATIENCE);
    }

    private void transfer(String ref, String from, String to) throws Exception {
        mvc.perform(post("/api/assignments/" + ref + "/transfers").with(httpBasic("samordnare", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"from": "%s", "to": "%s", "effectiveDate": "2026-11-22"}""".formatted(from, to)))
                .andExpect(status().isCreated());
    }

    private void complete(String user, JsonNode task, ResultMatcher expected) throws Exception {
        String status = ref(task).equals(MOVED_AND_REPORTED) ? "YELLOW" : "GREEN_ON_TRACK";
        Map<String, Object> report = Map.of("status", status, "estimatedEndYear", 2027,
                "assessment", "Arbetet pågår; rapporten lämnas i god tid före sista dag.");
        mvc.perform(post("/api/tasks/" + task.get("id").asLong() + "/complete").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(report)))
                .andExpect(expected);
    }

    /** How many reminders each organisation's secretary has, for every organisation that has any. */
    private Map<String, Integer> remindersPerOrganisation() throws Exception {
        Map<String, Integer> perOrganisation = new TreeMap<>();
        for (JsonNode organisation : getJsonArray("samordnare", "/api/organisations")) {
            String code = organisation.get("code").asText();
            int reminders = notices(secretary(code), NoticeKind.REMINDER).size();
            if (reminders > 0) {
                perOrganisation.put(code, reminders);
            }
        }
        return perOrganisation;
    }

    private List<Notice> notices(String username, NoticeKind kind) {
        return notifications.inbox(username).stream().filter(n -> n.getKind() == kind).toList();
    }

    /** Every organisation's open, unclaimed reporting tasks, counted as its secretary sees them. */
    private Map<String, Integer> openTasksPerOrganisation() throws Exception {
        Map<String, Integer> perOrganisation = new TreeMap<>();
        for (JsonNode organisation : getJsonArray("samordnare", "/api/organisations")) {
            String code = organisation.get("code").asText();
            int open = openTasks(code).size();
            if (open > 0) {
                perOrganisation.put(code, open);
            }
        }
        return perOrganisation;
    }

    private JsonNode openTask(String organisation, String assignmentRef) throws Exception {
        return openTasks(organisation).stream().filter(t -> ref(t).equals(assignmentRef)).findFirst().orElse(null);
    }

    private List<JsonNode> openTasks(String organisation) throws Exception {
        return tasks(secretary(organisation), "organisation");
    }

    private List<JsonNode> tasks(String user, String view) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonNode list = getJson(user, "/api/tasks?view=" + view + "&page=" + page);
            pages = list.get("totalPages").asInt();
            all.addAll(stream(list.get("tasks")).toList());
        }
        return all;
    }

    private JsonNode period() throws Exception {
        return getJson("samordnare", "/api/periods/" + PERIOD);
    }

    private JsonNode getJson(String user, String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(user, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    private List<JsonNode> getJsonArray(String user, String path) throws Exception {
        return stream(getJson(user, path)).toList();
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static String ref(JsonNode task) {
        return task.get("assignmentRef").asText();
    }

    private static int countOf(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    /** The organisation's secretary, as the demo data created her. */
    private String secretary(String organisation) {
        return users.ofOrganisation(organisation).stream().filter(u -> u.getRoles().contains(Role.SECRETARY))
                .map(AppUser::getUsername).findFirst().orElseThrow();
    }

    private static ConditionFactory eventually(String what) {
        return Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(200));
    }
}
