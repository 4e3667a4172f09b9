package fi.kuopas.gateway.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** HTML responses: UTF-8, no scripts or outside resources allowed, never cached by shared caches. */
final class Pages {

    private Pages() {
    }

    static Response html(String body, String language, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body)
                .header("Content-Language", language)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
