package fi.kuopas.testsupport;

import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request that announces a body larger than the server's limit and reads the status.
 * Streaming the whole body with an HTTP client races the server, which answers 413 and closes the
 * connection as soon as it sees the Content-Length (a broken pipe on the client, now and then).
 */
public final class OversizeRequests {

    private OversizeRequests() {
    }

    /** The status line's code for a POST of {@code contentLength} bytes of JSON to {@code path}. */
    public static int post(String path, String bearer, long contentLength) {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + bearer
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + contentLength + "\r\n\r\n{\"x\": \"";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            return Integer.parseInt(status.split(" ")[1]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
