package fi.kuopas.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Two registers implementing the DSR SPI ("customer" and "personnel") and a token endpoint for
 * the gateway's client-credentials flow, as WireMock servers. The registers answer only with the
 * token the token endpoint issued to client kuopas-gateway; tests make "personnel" fail through
 * {@link Registers}.
 */
public class RegistersTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String CLIENT_SECRET = "test-gateway-secret";
    public static final String SERVICE_TOKEN = "gateway-service-account-token";
    private static final String TOKEN_PATH = "/realms/kuopas/protocol/openid-connect/token";

    private WireMockServer keycloak;
    private WireMockServer customer;
    private WireMockServer personnel;

    @Override
    public Map<String, String> start() {
        keycloak = started();
        keycloak.stubFor(post(urlPathEqualTo(TOKEN_PATH))
                .withBasicAuth("kuopas-gateway", CLIENT_SECRET)
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(okJson("{\"access_token\":\"" + SERVICE_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":300}")));
        customer = started();
        stubRegister(customer, "customer", "Asiakasrekisteri");
        personnel = started();
        stubRegister(personnel, "personnel", "Henkilöstörekisteri");
        return Map.of(
                "kuopas.gateway.registers", "customer=" + customer.baseUrl() + ",personnel=" + personnel.baseUrl(),
                "quarkus.oidc-client.auth-server-url", keycloak.baseUrl() + "/realms/kuopas");
    }

    @Override
    public void stop() {
        for (WireMockServer s : new WireMockServer[] {keycloak, customer, personnel}) {
            if (s != null) {
                s.stop();
            }
        }
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    static void stubRegister(WireMockServer s, String register, String name) {
        s.stubFor(any(urlPathMatching("/dsr/v1/.*")).atPriority(10)
                .willReturn(aResponse().withStatus(401).withHeader("WWW-Authenticate", "Bearer")));
        s.stubFor(spi(post(urlPathEqualTo("/dsr/v1/access"))).willReturn(okJson(Fixtures.access(register))));
        s.stubFor(spi(post(urlPathEqualTo("/dsr/v1/erasure"))).withQueryParam("dryRun", equalTo("true"))
                .willReturn(okJson(Fixtures.erasure(register, true))));
        s.stubFor(spi(post(urlPathEqualTo("/dsr/v1/erasure"))).withQueryParam("dryRun", equalTo("false"))
                .willReturn(okJson(Fixtures.erasure(register, false))));
        for (String op : new String[] {"restriction", "objection", "rectification"}) {
            s.stubFor(spi(post(urlPathEqualTo("/dsr/v1/" + op))).willReturn(okJson(Fixtures.outcome(register, op))));
        }
        s.stubFor(get(urlPathEqualTo("/api/v1/audit-log/verification")).atPriority(5)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .willReturn(okJson("{\"intact\": true, \"checked\": 10, \"service\": \"" + register + "-register-service\"}")));
        s.stubFor(get(urlPathEqualTo("/api/v1/audit-log/seals")).atPriority(5)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN)).willReturn(okJson("[]")));
        s.stubFor(get(urlPathEqualTo("/api/v1/retention/runs")).atPriority(5)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN)).willReturn(okJson(Fixtures.latestRetentionRun(register))));
        s.stubFor(get(urlPathEqualTo("/dsr/v1/description")).atPriority(5)
                .withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN)).willReturn(okJson(Fixtures.description(register, name))));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder spi(
            com.github.tomakehurst.wiremock.client.MappingBuilder b) {
        // Like a real register: the gateway's token and a case grant, or no answer (the grant itself is
        // verified against the gateway's JWKS in CaseGrantTest).
        return b.atPriority(5).withHeader("Authorization", equalTo("Bearer " + SERVICE_TOKEN))
                .withHeader("Kuopas-Case-Grant", WireMock.matching("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"));
    }
}
