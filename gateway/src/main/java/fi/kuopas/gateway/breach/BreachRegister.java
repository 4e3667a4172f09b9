package fi.kuopas.gateway.breach;

import fi.kuopas.gateway.breach.BreachDtos.AuthorityNotification;
import fi.kuopas.gateway.breach.BreachDtos.BreachAssessment;
import fi.kuopas.gateway.breach.BreachDtos.BreachRequest;
import fi.kuopas.gateway.breach.BreachDtos.BreachView;
import fi.kuopas.gateway.breach.BreachDtos.Step;
import fi.kuopas.gateway.breach.BreachDtos.SubjectCommunication;
import fi.kuopas.gateway.service.CaseJournal;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.web.Paging;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The breach register (Art 33(5)): records breaches and candidates, the Art 33 decision on notifying
 * the Data Protection Ombudsman within 72 hours of awareness, and the Art 34 decision on telling
 * the subjects. Every change is a step in the breach's append-only history. Holds no subject's
 * personal data: categories and counts only.
 */
@ApplicationScoped
public class BreachRegister {

    private final CaseJournal journal;

    public BreachRegister(CaseJournal journal) {
        this.journal = journal;
    }

    @Transactional
    public BreachView record(BreachRequest r) {
        Instant now = Instant.now();
        Breach b = new Breach();
        b.status = Breach.Status.RECORDED;
        b.nature = r.nature().strip();
        b.subjectCategories = String.join(", ", r.subjectCategories());
        b.recordCategories = String.join(", ", r.recordCategories());
        b.approxSubjects = r.approxSubjects();
        b.approxRecords = r.approxRecords();
        b.registersAffected = String.join(", ", r.registersAffected());
        b.likelyConsequences = r.likelyConsequences();
        b.measures = r.measures();
        b.awareAt = r.awareAt();
        b.notificationDueAt = r.awareAt().plus(Breach.NOTIFICATION_WINDOW);
        b.source = "dpo";
        b.createdAt = now;
        b.createdBy = journal.actor();
        b.persist();
        step(b, now, "RECORDED", "notification due " + b.notificationDueAt);
        return view(b, now);
    }

    /** A candidate the suite opens by itself (e.g. an audit log that failed verification); one open candidate per source. */
    @Transactional
    public boolean candidate(String source, String register, String nature) {
        if (Breach.count("source = ?1 AND status = ?2", source, Breach.Status.CANDIDATE) > 0) {
            return false;
        }
        Instant now = Instant.now();
        Breach b = new Breach();
        b.status = Breach.Status.CANDIDATE;
        b.nature = nature;
        b.subjectCategories = "to be assessed";
        b.recordCategories = "access log";
        b.registersAffected = register;
        b.awareAt = now;
        b.notificationDueAt = now.plus(Breach.NOTIFICATION_WINDOW);
        b.source = source;
        b.createdAt = now;
        b.createdBy = "system";
        b.persist();
        step(b, now, "CANDIDATE_OPENED", nature);
        return true;
    }

    @Transactional
    public BreachView assess(UUID id, BreachAssessment a) {
        Breach b = lock(id);
        if (b.status != Breach.Status.CANDIDATE) {
            throw ProblemException.conflict("only a candidate is assessed; this breach is " + b.status);
        }
        Instant now = Instant.now();
        b.status = a.breach() ? Breach.Status.RECORDED : Breach.Status.DISMISSED;
        step(b, now, a.breach() ? "CONFIRMED_AS_BREACH" : "DISMISSED", a.reason().strip());
        return view(b, now);
    }

    @Transactional
    public BreachView authority(UUID id, AuthorityNotification n) {
        Breach b = lock(id);
        requireActive(b);
        if (b.authorityDecision != null) {
            throw ProblemException.conflict("the authority decision was already recorded (" + b.authorityDecision + ")");
        }
        Instant now = Instant.now();
        Instant at = n.notifiedAt() == null ? now : n.notifiedAt();
        if (n.decision() == Breach.AuthorityDecision.NOTIFIED) {
            if (blank(n.reference())) {
                throw ProblemException.badRequest("reference is required when the breach was NOTIFIED");
            }
            if (at.isAfter(b.notificationDueAt) && blank(n.delayReason())) {
                throw ProblemException.badRequest("the notification is later than 72 hours after awareness; delayReason is required (Art 33(1))");
            }
            b.authorityNotifiedAt = at;
            b.authorityReference = n.reference().strip();
            b.authorityReason = blank(n.delayReason()) ? null : "late: " + n.delayReason().strip();
        } else {
            if (blank(n.reason())) {
                throw ProblemException.badRequest("reason is required for a decision not to notify (Art 33(1), 33(5))");
            }
            b.authorityReason = n.reason().strip();
        }
        b.authorityDecision = n.decision();
        b.status = Breach.Status.RECORDED;
        step(b, now, "AUTHORITY_" + n.decision(), n.decision() == Breach.AuthorityDecision.NOTIFIED ? b.authorityReference : null);
        return view(b, now);
    }

    @Transactional
    public BreachView subjects(UUID id, SubjectCommunication s) {
        Breach b = lock(id);
        requireActive(b);
        if (b.subjectsDecision != null) {
            throw ProblemException.conflict("the decision on telling the subjects was already recorded (" + b.subjectsDecision + ")");
        }
        Instant now = Instant.now();
        b.subjectsDecision = s.decision();
        b.subjectsInformedAt = s.decision() == Breach.SubjectsDecision.COMMUNICATED
                ? (s.informedAt() == null ? now : s.informedAt()) : null;
        b.subjectsReason = s.reason().strip();
        b.status = Breach.Status.RECORDED;
        step(b, now, "SUBJECTS_" + s.decision(), null);
        return view(b, now);
    }

    @Transactional
    public BreachView get(UUID id) {
        Breach b = Breach.findById(id);
        if (b == null) {
            throw ProblemException.notFound("breach " + id);
        }
        return view(b, Instant.now());
    }

    @Transactional
    public List<BreachView> list(Breach.Status status, int page, int size) {
        Instant now = Instant.now();
        var query = status == null ? Breach.<Breach>findAll(Sort.by("awareAt").descending().and("id"))
                : Breach.<Breach>find("status", Sort.by("awareAt").descending().and("id"), status);
        return Paging.<Breach>list(query, page, size).stream().map(b -> view(b, now)).toList();
    }

    private static Breach lock(UUID id) {
        Breach b = Breach.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (b == null) {
            throw ProblemException.notFound("breach " + id);
        }
        return b;
    }

    private static void requireActive(Breach b) {
        if (b.status == Breach.Status.DISMISSED) {
            throw ProblemException.conflict("the breach candidate was dismissed");
        }
    }

    private void step(Breach b, Instant now, String action, String detail) {
        BreachStep.of(b.id, now, journal.actor(), action, detail).persist();
    }

    private static BreachView view(Breach b, Instant now) {
        List<Step> history = BreachStep.<BreachStep>list("breachId = ?1", Sort.by("occurredAt").and("id"), b.id).stream()
                .map(s -> new Step(s.occurredAt, s.actor, s.action, s.detail)).toList();
        return new BreachView(b.id, b.status, b.nature, split(b.subjectCategories), split(b.recordCategories), b.approxSubjects,
                b.approxRecords, split(b.registersAffected), b.likelyConsequences, b.measures, b.awareAt, b.notificationDueAt,
                b.notificationOverdue(now), b.authorityDecision, b.authorityNotifiedAt, b.authorityReference, b.authorityReason,
                b.subjectsDecision, b.subjectsInformedAt, b.subjectsReason, b.source, b.createdAt, history);
    }

    private static List<String> split(String s) {
        return Arrays.stream(s.split(", ")).filter(x -> !x.isBlank()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
