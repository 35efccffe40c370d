package se.uppdragsstyrning.crash;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The application's JSON API over HTTP, as a client would call it: HTTP Basic with the demo password. */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    public final String baseUrl;

    public Api(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response: status, body, and the body as JSON where it is JSON. */
    public record Reply(int status, String body, JsonNode json) {

        /** The first Swedish problem message of an error answer ({@code {"problems": [{"message": …}]}}). */
        public String problem() {
            if (json != null && json.at("/problems/0/message").isTextual()) {
                return json.at("/problems/0/message").asText();
            }
            if (json != null && json.hasNonNull("message")) {
                return json.get("message").asText();
            }
            return body == null ? "" : body.substring(0, Math.min(200, body.length()));
        }
    }

    public Reply get(String user, String path) throws IOException, InterruptedException {
        return send(user, "GET", path, null);
    }

    public Reply post(String user, String path, Object body) throws IOException, InterruptedException {
        return send(user, "POST", path, body);
    }

    /** GET that must answer 200. */
    public JsonNode json(String user, String path) throws IOException, InterruptedException {
        Reply reply = get(user, path);
        if (reply.status() != 200) {
            throw new IllegalStateException("GET " + path + " as " + user + ": " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    /** Every task the person sees in a section of her list ({@code organisation}, {@code mine}, …), all pages. */
    public List<JsonNode> tasks(String user, String view) throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode list = json(user, "/api/tasks?view=" + view + "&page=" + page);
            list.get("tasks").forEach(all::add);
            if (page + 1 >= list.get("totalPages").asInt()) {
                return all;
            }
        }
    }

    /** The application's health as anyone sees it: {@code UP}, and the engine's component. */
    JsonNode health() throws IOException, InterruptedException {
        return send(null, "GET", "/actuator/health", null).json();
    }

    private Reply send(String user, String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        String text = response.body();
        if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
            try {
                json = JSON.readTree(text);
            } catch (IOException notJson) {
                json = null;
            }
        }
        return new Reply(response.statusCode(), text, json);
    }
}
