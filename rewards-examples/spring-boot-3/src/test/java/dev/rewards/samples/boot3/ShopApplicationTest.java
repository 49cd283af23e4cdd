package dev.rewards.samples.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The embedded server on a random local port, called over HTTP as a till would. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShopApplicationTest {
    static final String MEMBER = "{\"id\": \"m-ana\", \"enrolledAt\": \"2026-01-05T08:00:00Z\", \"currency\": \"EUR\"}";

    @Value("${local.server.port}")
    int port;

    HttpResponse<String> post(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/evaluate"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    static String transaction(String unitPrice) {
        return "{\"id\": \"t-1\", \"memberId\": \"m-ana\", \"at\": \"2026-03-07T10:15:00Z\", \"currency\": \"EUR\", \"channel\": \"pos\","
                + " \"lines\": [{\"id\": \"1\", \"sku\": \"ethiopia-beans-1kg\", \"categories\": [\"beans\"], \"unitPrice\": \"" + unitPrice
                + "\", \"quantity\": 1}, {\"id\": \"2\", \"sku\": \"cinnamon-bun\", \"categories\": [\"pastry\"], \"unitPrice\": \"3.20\", \"quantity\": 2}]}";
    }

    @Test
    void a_purchase_posted_as_json_gets_its_outcome_as_json() throws Exception {
        HttpResponse<String> response = post("{\"member\": " + MEMBER + ", \"transaction\": " + transaction("19.50") + "}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"points\":101").contains("\"transactionId\":\"t-1\"");
    }

    @Test
    void a_bad_purchase_gets_400_and_the_librarys_problems_with_their_paths() throws Exception {
        HttpResponse<String> response = post("{\"member\": " + MEMBER + ", \"transaction\": " + transaction("-19.50") + "}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("unitPrice");
    }
}
