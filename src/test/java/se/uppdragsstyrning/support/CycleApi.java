package se.uppdragsstyrning.support;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The reporting cycle's JSON API as the demo users call it (HTTP Basic, password {@code demo}). */
public class CycleApi {

    private final MockMvc mvc;
    private final ObjectMapper json;

    public CycleApi(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    /** The coordinator opens the period, the boards' reports due in 20 days. */
    public void openPeriod(int year, String kind) throws Exception {
        LocalDate due = LocalDate.now().plusDays(20);
        mvc.perform(post("/api/periods").with(httpBasic("samordnare", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"year": %d, "kind": "%s", "reportDue": "%s", "compilationDue": "%s",
                                 "ksDue": "%s", "reminderDays": 5}""".formatted(year, kind, due, due.plusDays(7),
                                due.plusDays(14))))
                .andExpect(status().isCreated());
    }

    /**
     * The coordinator opens the period and waits until every task it expects is in the inboxes; answers how many
     * that is.
     */
    public int openPeriodAndAwaitTasks(int year, String kind, Duration patience) throws Exception {
        openPeriod(year, kind);
        String periodId = year + "-" + kind;
        int expected = period(periodId).at("/progress/expected").asInt();
        await().atMost(patience).until(() -> period(periodId).at("/progress/created").asInt() == expected);
        return expected;
    }

    public JsonNode period(String periodId) throws Exception {
        return getJson("samordnare", "/api/periods/" + periodId);
    }

    /** Every task of a list view (all pages). */
    public List<JsonNode> tasks(String user, String view) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode list = getJson(user, "/api/tasks?view=" + view + "&page=" + page);
            list.get("tasks").forEach(all::add);
            if (page + 1 >= list.get("totalPages").asInt()) {
                return all;
            }
        }
    }

    public void complete(String user, long taskId, Map<String, Object> values, ResultMatcher expected)
            throws Exception {
        mvc.perform(post("/api/tasks/" + taskId + "/complete").with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(values)))
                .andExpect(expected);
    }

    public void decide(String periodId, String body, ResultMatcher expected) throws Exception {
        mvc.perform(post("/api/periods/" + periodId + "/decision").with(httpBasic("ks", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(expected);
    }

    public JsonNode getJson(String user, String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic(user, "demo"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** A board report: on track and done in 2027 unless the status says otherwise. */
    public static Map<String, Object> boardReport(String status, String code) {
        Map<String, Object> values = new HashMap<>();
        values.put("status", status);
        values.put("assessment", "Rapport från " + code + ": arbetet pågår och följer planen i stort.");
        if (!status.equals("RED")) {
            values.put("estimatedEndYear", status.equals("GREEN_DONE") ? 2026 : 2027);
        }
        return values;
    }

    /** The demo secretary of an organisation: {@code sekr-aln} for ÄLN. */
    public static String secretary(String code) {
        return "sekr-" + code.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
    }
}
