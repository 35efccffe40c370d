package se.uppdragsstyrning.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/**
 * The upload page on a real server, where multipart uploads are parsed by the servlet container: a file over
 * the multipart limit ({@code spring.servlet.multipart.*}, here 64 KB) brings the coordinator back to the page
 * with a Swedish message instead of an error page. (The demo file, about 50 KB, stays under the limit.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.servlet.multipart.max-file-size=64KB", "spring.servlet.multipart.max-request-size=64KB"})
class ImportUploadLimitTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("action=\"(/import\\?_csrf=[^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void logInAsCoordinator() throws Exception {
        String token = find(CSRF_FIELD, get("/login").body());
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("username=samordnare&password=demo&_csrf="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8))));
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/start"));
    }

    @Test
    void fileOverTheMultipartLimitLeadsBackToThePageWithASwedishMessage() throws Exception {
        byte[] large = new byte[100_000];
        Arrays.fill(large, (byte) ' ');

        HttpResponse<String> answer = upload(large);

        assertThat(answer.statusCode()).isEqualTo(302);
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/import?tooLarge");
        HttpResponse<String> page = get(location);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Filen är för stor", "ingenting har sparats");
    }

    @Test
    void fileUnderTheLimitIsReadIn() throws Exception {
        byte[] demo = new ClassPathResource(DemoData.FILE).getContentAsByteArray();

        HttpResponse<String> answer = upload(demo);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Filen är inläst:");
    }

    private HttpResponse<String> upload(byte[] file) throws Exception {
        String action = find(FORM_ACTION, get("/import").body()).replace("&amp;", "&");
        String boundary = "----uppdrag" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"fil.json\""
                + "\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.concat(BodyPublishers.ofByteArray(head), BodyPublishers.ofByteArray(file),
                        BodyPublishers.ofByteArray(tail))));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(path.startsWith("http") ? URI.create(path) : uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s in %s", pattern, page).isTrue();
        return matcher.group(1);
    }
}
