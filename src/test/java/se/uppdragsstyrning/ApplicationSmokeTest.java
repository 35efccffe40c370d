package se.uppdragsstyrning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationSmokeTest {

    @Autowired
    TestRestTemplate http;

    @Test
    @SuppressWarnings("unchecked")
    void healthIsUpWithDatabaseAndEngine() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.getBody().get("components");
        assertThat(components.get("db")).containsEntry("status", "UP");
        assertThat(components.get("zeebe")).containsEntry("status", "UP");
    }

    @Test
    void publicFrontPageIsSwedishAndShowsDemoBanner() {
        String page = http.getForObject("/", String.class);
        assertThat(page).contains("lang=\"sv\"").contains("Demoläge");
    }
}
