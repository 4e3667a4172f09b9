package fi.kuopas.gateway.registers;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.junit.jupiter.api.Test;

class FailureClassificationTest {

    @Test
    void shouldRetryConnectionFailuresTimeoutsAndServerErrorsOnly() {
        assertThat(RegisterClients.transientFailure(new ProcessingException(new ConnectException("refused")))).isTrue();
        assertThat(RegisterClients.transientFailure(new TimeoutException())).isTrue();
        assertThat(RegisterClients.transientFailure(new WebApplicationException(503))).isTrue();
        assertThat(RegisterClients.transientFailure(new WebApplicationException(403))).isFalse();
        assertThat(RegisterClients.transientFailure(new WebApplicationException(400))).isFalse();
        assertThat(RegisterClients.transientFailure(new IllegalStateException("no body"))).isFalse();
    }

    @Test
    void shouldDescribeAFailureByItsKindWithoutItsMessage() {
        assertThat(FanOut.describe(new WebApplicationException("body with personal data", 500))).isEqualTo("HTTP 500");
        assertThat(FanOut.describe(new CircuitBreakerOpenException("x"))).isEqualTo("circuit breaker open");
        assertThat(FanOut.describe(new ProcessingException(new TimeoutException("read timed out")))).isEqualTo("timeout");
        assertThat(FanOut.describe(new ProcessingException("Matti", new ConnectException("Matti")))).isEqualTo("ConnectException");
    }
}
