package fi.kuopas.customer.service;

import fi.kuopas.customer.domain.MarketingPreference;
import fi.kuopas.customer.domain.Person;
import fi.kuopas.customer.domain.SurveyResponse;
import fi.kuopas.customer.service.CustomerCommands.SurveyAnswer;
import fi.kuopas.privacy.audit.AuditAction;
import fi.kuopas.privacy.audit.AuditLog;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Survey responses rest on legitimate interest (GDPR 6(1)(f)): stored for everyone who has not
 * objected to surveys; after an objection (Art 21) nothing more is stored.
 */
@ApplicationScoped
public class SurveyService {

    static final String PURPOSE = "customer surveys";

    private final PersonService persons;
    private final AuditLog audit;
    private final Caller caller;

    public SurveyService(PersonService persons, AuditLog audit, Caller caller) {
        this.persons = persons;
        this.audit = audit;
        this.caller = caller;
    }

    @Transactional
    public SurveyResponse record(SurveyAnswer r) {
        Person p = persons.readable(r.personId());
        MarketingPreference survey = MarketingPreference.findById(
                new MarketingPreference.Key(p.id, MarketingPreference.Channel.SURVEY.name()));
        if (survey != null && !survey.allowed) {
            throw new ProblemException(409, "survey-objection", "Objection to surveys in force",
                    "the person has objected to surveys (GDPR Art 21); the response is not stored");
        }
        String answers = r.answers() == null || r.answers().isBlank() ? null : r.answers().strip();
        if (r.score() == null && answers == null) {
            throw ProblemException.badRequest("give a score, free-text answers or both");
        }
        SurveyResponse s = new SurveyResponse();
        s.id = UUID.randomUUID();
        s.personId = p.id;
        s.surveyCode = r.surveyCode();
        s.answeredAt = r.answeredAt();
        s.score = r.score();
        s.answers = answers;
        s.recordedAt = Instant.now();
        s.recordedBy = caller.name();
        s.persist();
        audit.record(AuditAction.CREATE, p.auditKey(), "survey-response", s.id.toString(), PURPOSE);
        return s;
    }

    @Transactional
    public List<SurveyResponse> ofPerson(UUID personId) {
        Person p = persons.readable(personId);
        audit.record(AuditAction.VIEW, p.auditKey(), "survey-response", null, PURPOSE);
        return SurveyResponse.list("personId = ?1 ORDER BY answeredAt DESC, id", personId);
    }
}
