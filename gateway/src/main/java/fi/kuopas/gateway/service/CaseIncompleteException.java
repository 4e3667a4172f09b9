package fi.kuopas.gateway.service;

import java.util.List;

/** A result was asked for before every register answered: 409 naming what is pending. */
public class CaseIncompleteException extends RuntimeException {

    private final List<String> pendingRegisters;

    public CaseIncompleteException(String detail, List<String> pendingRegisters) {
        super(detail);
        this.pendingRegisters = List.copyOf(pendingRegisters);
    }

    public List<String> pendingRegisters() {
        return pendingRegisters;
    }
}
