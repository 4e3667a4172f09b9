package fi.kuopas.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.kuopas.clients.customer.api.PropertyManagementIntegrationApi;
import fi.kuopas.clients.customer.model.CustomerPmsImportRequest;
import fi.kuopas.clients.customer.model.CustomerPmsImportResult;
import fi.kuopas.clients.customer.model.CustomerPmsLease;
import fi.kuopas.clients.customer.model.CustomerPmsResident;
import fi.kuopas.clients.customer.model.CustomerPmsRowResult;
import fi.kuopas.clients.gateway.ApiClient;
import fi.kuopas.clients.gateway.ApiException;
import fi.kuopas.clients.gateway.api.DataSubjectRequestsApi;
import fi.kuopas.clients.gateway.model.GatewayCase;
import fi.kuopas.clients.gateway.model.GatewayCaseCreated;
import fi.kuopas.clients.gateway.model.GatewayCasePossibleMatch;
import fi.kuopas.clients.gateway.model.GatewayCaseReport;
import fi.kuopas.clients.gateway.model.GatewayCaseStatus;
import fi.kuopas.clients.gateway.model.GatewayMatchDismissal;
import fi.kuopas.clients.gateway.model.GatewayOpenCaseRequest;
import fi.kuopas.clients.gateway.model.GatewayRequestType;
import fi.kuopas.clients.gateway.model.GatewaySubjectIdentifiers;
import fi.kuopas.clients.gateway.model.GatewayVerification;
import fi.kuopas.clients.gateway.model.GatewayVerificationMethod;
import fi.kuopas.clients.gateway.model.Problem;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The generated Java clients, used exactly as generated, against a running suite (bin/suite up:
 * real Keycloak tokens, real gateway and registers, PostgreSQL, Kafka). Run by
 * bin/api-clients-check, which starts the suite and passes the URLs and access tokens.
 */
class ClientAgainstSuiteIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            throw new IllegalStateException(name + " is not set: run bin/api-clients-check (it starts the suite)");
        }
        return value;
    }

    private static DataSubjectRequestsApi gateway(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(setting("kuopas.gateway.url"));
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new DataSubjectRequestsApi(client);
    }

    @Test
    void shouldOpenAnAccessCasePollItAndReadTheTypedReport() throws Exception {
        DataSubjectRequestsApi cases = gateway(setting("kuopas.dpo.token"));
        GatewayCaseCreated created = cases.gatewayOpenDataSubjectRequest(new GatewayOpenCaseRequest()
                .type(GatewayRequestType.ACCESS)
                .subject(new GatewaySubjectIdentifiers().personalIdentityCode("131052-308T")
                        .email("demo.subject@example.fi").name("Matti Meikäläinen").birthDate(LocalDate.of(1952, 10, 13)))
                .verification(new GatewayVerification().method(GatewayVerificationMethod.STRONG_ELECTRONIC_IDENTIFICATION)
                        .reference("suomi.fi tx generated-client"))
                .details("Generated client: access request"));
        assertThat(created.getId()).isNotNull();
        assertThat(created.getType()).isEqualTo(GatewayRequestType.ACCESS);

        // The demo data holds look-alikes on purpose: the DPO decides each possible match while the case waits for it.
        Awaitility.await("case " + created.getId() + " completed").atMost(WAIT).pollInterval(Duration.ofSeconds(1))
                .until(() -> {
                    GatewayCase current = cases.gatewayGetDataSubjectRequest(created.getId());
                    if (current.getStatus() == GatewayCaseStatus.AWAITING_MATCH_DECISION) {
                        for (GatewayCasePossibleMatch match : current.getPossibleMatches()) {
                            if (match.getDecidedAt() == null) {
                                cases.gatewayDismissPossibleMatch(created.getId(), match.getId(), new GatewayMatchDismissal()
                                        .reason("not the requester: different identifiers (generated client test)"));
                            }
                        }
                    }
                    return current.getStatus();
                }, status -> status == GatewayCaseStatus.COMPLETED);

        GatewayCaseReport report = cases.gatewayGetDataSubjectRequestReport(created.getId(), "en");
        assertThat(report.getCaseId()).isEqualTo(created.getId());
        assertThat(report.getType()).isEqualTo(GatewayRequestType.ACCESS);
        assertThat(report.getStatus()).isEqualTo(GatewayCaseStatus.COMPLETED);
        assertThat(report.getCompletedAt()).isNotNull();
        // The demo subject is in every register (bin/seed-demo): each answers with its data categories.
        assertThat(report.getAccess()).isNotEmpty();
        assertThat(report.getRights()).isNotBlank();
    }

    @Test
    void shouldDecodeAProblemJsonErrorIntoTheGeneratedProblem() {
        DataSubjectRequestsApi cases = gateway(setting("kuopas.dpo.token"));
        UUID nobody = UUID.randomUUID();
        ApiException error = catchThrowableOfType(ApiException.class, () -> cases.gatewayGetDataSubjectRequest(nobody));
        assertThat(error.getCode()).isEqualTo(404);
        assertThat(error.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        Problem problem = decode(error.getResponseBody());
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getTitle()).isNotBlank();

        DataSubjectRequestsApi anonymous = gateway("not-a-token");
        ApiException unauthorized = catchThrowableOfType(ApiException.class, () -> anonymous.gatewayGetDataSubjectRequest(nobody));
        assertThat(unauthorized.getCode()).isEqualTo(401);
        assertThat(decode(unauthorized.getResponseBody()).getStatus()).isEqualTo(401);
    }

    @Test
    void shouldImportAResidentThroughTheGeneratedPmsClient() throws Exception {
        var client = new fi.kuopas.clients.customer.ApiClient();
        client.updateBaseUri(setting("kuopas.customer.url"));
        String token = setting("kuopas.pms.token");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        String externalId = "PMS-CLIENT-" + UUID.randomUUID().toString().substring(0, 8);
        CustomerPmsImportResult result = new PropertyManagementIntegrationApi(client).customerUpsertResidents(
                new CustomerPmsImportRequest().rows(List.of(new CustomerPmsResident().externalId(externalId)
                        .firstName("Generoitu").lastName("Asiakas").birthDate(LocalDate.of(1980, 5, 17))
                        .email("generoitu.asiakas@example.fi").phone("+358401234567")
                        .streetAddress("Puijonkatu 1 A 2").postalCode("70100").city("Kuopio")
                        .lease(new CustomerPmsLease().externalId(externalId + "-L").apartmentRef("KUO-A12")
                                .startDate(LocalDate.now().minusMonths(1)).role(CustomerPmsLease.RoleEnum.TENANT)))));
        assertThat(result.getRows()).singleElement().satisfies(row -> {
            assertThat(row.getError()).as("row error").isNull();
            assertThat(row.getExternalId()).isEqualTo(externalId);
            assertThat(row.getStatus()).isEqualTo(CustomerPmsRowResult.StatusEnum.CREATED);
            assertThat(row.getPersonId()).isNotNull();
        });
        assertThat(result.getCreated()).isEqualTo(1);
        assertThat(result.getRejected()).isZero();
    }

    private static Problem decode(String body) {
        try {
            return new ApiClient().getObjectMapper().readValue(body, Problem.class);
        } catch (Exception e) {
            throw new AssertionError("not a problem document: " + body, e);
        }
    }
}
