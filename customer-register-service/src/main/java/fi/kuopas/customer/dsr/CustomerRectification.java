package fi.kuopas.customer.dsr;

import fi.kuopas.customer.domain.FieldProvenance;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.service.PersonWriter;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.dsr.DsrCode;
import fi.kuopas.privacy.dsr.DsrOutcome;
import fi.kuopas.privacy.dsr.DsrText;
import fi.kuopas.privacy.dsr.RectificationCall;
import fi.kuopas.privacy.dsr.SubjectMatcher;
import fi.kuopas.privacy.dsr.SubjectRegisterParts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * GDPR Art 16: correcting the subject's person rows. An address from the population register is
 * corrected at its source, not here.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CustomerRectification implements SubjectRegisterParts.Rectification {

    private static final Set<String> RECTIFIABLE = Set.of("firstName", "lastName", "email", "phone", "streetAddress",
            "postalCode", "city", "language");

    private final CustomerSubjectLookup lookup;
    private final PersonWriter writer;
    private final AuditLog audit;

    public CustomerRectification(CustomerSubjectLookup lookup, PersonWriter writer, AuditLog audit) {
        this.lookup = lookup;
        this.writer = writer;
        this.audit = audit;
    }

    @Override
    public DsrOutcome rectify(RectificationCall call) {
        SubjectMatcher.Result<Person> match = lookup.match(call.subject());
        List<Person> people = match.included();
        List<DsrText> applied = new ArrayList<>();
        List<DsrText> refused = new ArrayList<>();
        for (Person p : people) {
            for (RectificationCall.Correction c : call.corrections()) {
                FieldProvenance dvv = FieldProvenance.findById(new FieldProvenance.Key(p.id, "address"));
                boolean addressField = Set.of("streetAddress", "postalCode", "city").contains(c.field());
                if (!RECTIFIABLE.contains(c.field())) {
                    refused.add(DsrText.of(DsrCode.REFUSED_NOT_RECTIFIABLE, "field", c.field()));
                } else if (!valid(c.field(), c.value())) {
                    refused.add(DsrText.of(DsrCode.REFUSED_INVALID_VALUE, "field", c.field()));
                } else if (addressField && dvv != null && !dvv.source.equals("the data subject")) {
                    refused.add(DsrText.of(DsrCode.REFUSED_AT_SOURCE, "field", c.field(), "source", dvv.source));
                } else {
                    applyCorrection(p, c.field(), c.value());
                    applied.add(DsrText.of(DsrCode.APPLIED_FIELD_CORRECTED, "field", c.field()));
                }
            }
            writer.refreshNameKey(p);
            p.updatedAt = Instant.now();
            audit.record(AuditAction.UPDATE, p.auditKey(), "person", call.caseId().toString(), "Art 16 rectification");
        }
        return DsrOutcome.coded(CustomerSubjectLookup.REGISTER, !people.isEmpty(), applied, refused, CustomerSubjectLookup.recipients(people),
                match.possibleMatches());
    }

    private static boolean valid(String field, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            return Set.of("streetAddress", "postalCode", "city").contains(field) && value == null;
        }
        return switch (field) {
            case "email" -> value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
            case "phone" -> value.matches("\\+?[0-9 ()\\-]{6,20}");
            case "postalCode" -> value.matches("[0-9]{5}");
            case "language" -> value.matches("fi|sv|en");
            default -> value.length() <= 100;
        };
    }

    private void applyCorrection(Person p, String field, String value) {
        switch (field) {
            case "firstName" -> p.firstName = value;
            case "lastName" -> p.lastName = value;
            case "email" -> writer.applyContact(p, value, p.phone, p.language, p.streetAddress, p.postalCode, p.city);
            case "phone" -> writer.applyContact(p, p.email, value, p.language, p.streetAddress, p.postalCode, p.city);
            case "streetAddress" -> p.streetAddress = value;
            case "postalCode" -> p.postalCode = value;
            case "city" -> p.city = value;
            case "language" -> p.language = value;
            default -> throw new IllegalArgumentException(field);
        }
    }
}
