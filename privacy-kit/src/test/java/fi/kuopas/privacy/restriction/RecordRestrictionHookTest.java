package fi.kuopas.privacy.restriction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordRestrictionHookTest {

    static class Recording extends RecordRestrictionHook {
        final List<String> calls = new ArrayList<>();

        Recording() {
            super("footage-request");
        }

        @Override
        protected void mark(UUID recordId, Restriction restriction) {
            calls.add("mark " + recordId);
        }

        @Override
        protected void unmark(UUID recordId) {
            calls.add("unmark " + recordId);
        }
    }

    private static Restriction restriction(String key) {
        return new Restriction(UUID.randomUUID(), key, "contested accuracy", "case-1", Instant.parse("2026-11-27T06:00:00Z"), "dpo",
                null, null);
    }

    @Test
    void shouldMarkAndUnmarkTheRecordItsKeyNames() {
        UUID id = UUID.randomUUID();
        Recording hook = new Recording();
        String key = RecordRestrictionHook.key("footage-request", id);
        assertEquals("footage-request:" + id, key);
        hook.restricted(restriction(key));
        hook.lifted(key);
        assertEquals(List.of("mark " + id, "unmark " + id), hook.calls);
    }

    @Test
    void shouldIgnoreKeysOfOtherRecordsAndSubjectKeys() {
        Recording hook = new Recording();
        UUID id = UUID.randomUUID();
        hook.restricted(restriction(RecordRestrictionHook.key("person", id)));
        hook.restricted(restriction("email:6f1c0a"));
        hook.restricted(restriction("footage-request:not-a-uuid"));
        hook.lifted("footage-request-x:" + id);
        hook.lifted(null);
        assertTrue(hook.calls.isEmpty(), hook.calls.toString());
    }
}
