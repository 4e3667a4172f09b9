package fi.kuopas.privacy.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class ApiContractFilterTest {

    private final ApiContractFilter filter = new ApiContractFilter("customer", "http://localhost:8081",
            "http://localhost:8180/realms/kuopas/.well-known/openid-configuration");

    @Test
    void shouldPublishAPatternOfAlternativesAsAnEnum() {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.STRING).pattern("TENANT|CO_RESIDENT");
        filter.filterSchema(schema);
        assertThat(schema.getEnumeration()).containsExactly("TENANT", "CO_RESIDENT");
        assertThat(schema.getPattern()).isNull();
        Schema anchored = OASFactory.createSchema().pattern("^(fi|sv|en)$");
        filter.filterSchema(anchored);
        assertThat(anchored.getEnumeration()).containsExactly("fi", "sv", "en");
        Schema strictBoolean = OASFactory.createSchema().pattern("(?i)true|false");
        filter.filterSchema(strictBoolean);
        assertThat(strictBoolean.getEnumeration()).containsExactly("true", "false");
        assertThat(strictBoolean.getPattern()).isNull();
    }

    @Test
    void shouldKeepARealPattern() {
        for (String regex : List.of("\\+?[0-9 ()\\-]{6,20}", "[a-z]+_[0-9a-f]{64}", "a.b|c", "fi")) {
            Schema schema = OASFactory.createSchema().pattern(regex);
            filter.filterSchema(schema);
            assertThat(schema.getPattern()).as(regex).isEqualTo(regex);
            assertThat(schema.getEnumeration()).as(regex).isNullOrEmpty();
        }
    }

    @Test
    void shouldPrefixSchemaReferencesButNotTheSharedProblem() {
        Schema ref = OASFactory.createSchema().ref("#/components/schemas/PersonView");
        filter.filterSchema(ref);
        assertThat(ref.getRef()).isEqualTo("#/components/schemas/CustomerPersonView");
        Schema problem = OASFactory.createSchema().ref("#/components/schemas/Problem");
        filter.filterSchema(problem);
        assertThat(problem.getRef()).isEqualTo("#/components/schemas/Problem");
        assertThat(filter.typeName("CustomerPersonView")).isEqualTo("CustomerPersonView");
    }
}
