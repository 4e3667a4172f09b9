package fi.kuopas.privacy.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class BodyExamplesTest {

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    private static OpenAPI document(Schema requestSchema, String responseType, Schema responseSchema) {
        Operation op = OASFactory.createOperation()
                .requestBody(OASFactory.createRequestBody().content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType().schema(requestSchema))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK").content(OASFactory.createContent()
                                .addMediaType(responseType, OASFactory.createMediaType().schema(responseSchema))))
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("Bad").content(OASFactory.createContent()
                                .addMediaType("application/problem+json", OASFactory.createMediaType().schema(string())))));
        Schema subject = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .addProperty("personalIdentityCode", string())
                .addProperty("birthDate", OASFactory.createSchema().ref("#/components/schemas/LocalDate"))
                .addProperty("email", string())
                .addProperty("verified", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .items(string().pattern("[a-z]+_[0-9a-f]{64}")))
                .addProperty("role", string().enumeration(List.of("TENANT", "CO_RESIDENT")))
                .addProperty("self", OASFactory.createSchema().ref("#/components/schemas/Subject"));
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("Subject", subject)
                        .addSchema("LocalDate", string().format("date").examples(List.of("2022-03-10"))))
                .paths(OASFactory.createPaths().addPathItem("/x", OASFactory.createPathItem().POST(op)));
    }

    private static MediaType media(OpenAPI doc, String code, String type) {
        Operation op = doc.getPaths().getPathItem("/x").getPOST();
        return code == null ? op.getRequestBody().getContent().getMediaType(type)
                : op.getResponses().getAPIResponse(code).getContent().getMediaType(type);
    }

    @Test
    void shouldBuildABodyExampleFromTheSchemaThatFitsItsPatternsEnumsAndTheSubjectsBirthDate() {
        OpenAPI doc = document(OASFactory.createSchema().ref("#/components/schemas/Subject"), "text/html", string());
        BodyExamples.addMissing(doc);

        @SuppressWarnings("unchecked")
        Map<String, Object> example = (Map<String, Object>) media(doc, null, "application/json").getExample();
        assertThat(example).containsEntry("personalIdentityCode", "131052-308T")
                .as("the birth date agrees with the identity code, not the generic date example")
                .containsEntry("birthDate", "1952-10-13")
                .containsEntry("email", "demo.subject@example.fi")
                .containsEntry("role", "TENANT")
                .as("a self reference ends instead of recursing").doesNotContainKey("self");
        @SuppressWarnings("unchecked")
        List<String> verified = (List<String>) example.get("verified");
        assertThat(verified).singleElement().asString().matches("[a-z]+_[0-9a-f]{64}");
        assertThat((String) media(doc, "200", "text/html").getExample()).startsWith("<!DOCTYPE html>").contains("Meikäläinen");
        assertThat(media(doc, "400", "application/problem+json").getExample()).as("errors are not bodies this adds to").isNull();
    }

    @Test
    void shouldKeepAnExampleTheOperationAlreadyHasAndGiveNoneToABinaryBody() {
        OpenAPI doc = document(string(), "application/pdf", string().format("binary"));
        media(doc, null, "application/json").setExample("given");
        BodyExamples.addMissing(doc);
        assertThat(media(doc, null, "application/json").getExample()).isEqualTo("given");
        assertThat(media(doc, "200", "application/pdf").getExample()).isNull();
    }

    @Test
    void shouldDropTheSchemalessOkTheScannerAddsBesideA202() {
        Operation op = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK").content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType().schema(OASFactory.createSchema()))))
                .addAPIResponse("202", OASFactory.createAPIResponse().description("Accepted")));
        ApiContractFilter.withoutPhantomOk(op);
        assertThat(op.getResponses().getAPIResponses()).containsOnlyKeys("202");

        Operation typed = OASFactory.createOperation().responses(OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK").content(OASFactory.createContent()
                        .addMediaType("application/json", OASFactory.createMediaType().schema(string()))))
                .addAPIResponse("201", OASFactory.createAPIResponse().description("Created")));
        ApiContractFilter.withoutPhantomOk(typed);
        assertThat(typed.getResponses().getAPIResponses()).containsKeys("200", "201");
    }
}
