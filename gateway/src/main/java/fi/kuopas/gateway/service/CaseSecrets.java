package fi.kuopas.gateway.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.crypto.FieldEncryptor;
import jakarta.enterprise.context.ApplicationScoped;

/** JSON sealed with the field encryptor: subject identifiers, request details, register answers. */
@ApplicationScoped
public class CaseSecrets {

    private final FieldEncryptor encryptor;
    private final ObjectMapper mapper;

    public CaseSecrets(FieldEncryptor encryptor, ObjectMapper mapper) {
        this.encryptor = encryptor;
        this.mapper = mapper;
    }

    public String seal(Object value) {
        try {
            return encryptor.encrypt(mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value cannot be serialised", e);
        }
    }

    public <T> T open(String sealed, Class<T> type) {
        if (sealed == null) {
            return null;
        }
        try {
            return mapper.readValue(encryptor.decrypt(sealed), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sealed value cannot be read", e);
        }
    }
}
