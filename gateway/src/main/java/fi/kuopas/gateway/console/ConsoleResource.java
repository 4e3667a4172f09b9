package fi.kuopas.gateway.console;

import fi.kuopas.gateway.audit.SuiteAuditVerification;
import fi.kuopas.gateway.breach.BreachRegister;
import fi.kuopas.gateway.documents.CaseDocuments;
import fi.kuopas.gateway.documents.Texts;
import fi.kuopas.gateway.config.GatewayConfig;
import fi.kuopas.gateway.domain.AnswerChannel;
import fi.kuopas.gateway.domain.CaseStatus;
import fi.kuopas.gateway.domain.ProofMethod;
import fi.kuopas.gateway.domain.RecipientNotification;
import fi.kuopas.gateway.domain.RefusalGround;
import fi.kuopas.gateway.domain.RequestType;
import fi.kuopas.gateway.domain.VerificationMethod;
import fi.kuopas.gateway.mapping.CaseForms;
import fi.kuopas.gateway.mapping.CaseMapping;
import fi.kuopas.gateway.retention.RetentionOverview;
import fi.kuopas.gateway.service.CaseActions;
import fi.kuopas.gateway.service.CaseCommands;
import fi.kuopas.gateway.service.CaseQueries;
import fi.kuopas.gateway.service.CaseReportAssembler;
import fi.kuopas.gateway.service.CaseViews.CaseSummary;
import fi.kuopas.gateway.service.CaseViews.CaseView;
import fi.kuopas.gateway.service.PortabilityPackage;
import fi.kuopas.gateway.service.PrivacyNotices;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Caller;
import fi.kuopas.privacy.security.Roles;
import fi.kuopas.privacy.subject.SubjectIdentifiers;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The DPO's desk: server-rendered pages over the same services as the API (no business rule of its
 * own). Login is the OIDC authorization-code flow of the {@code console} tenant; every form carries the
 * CSRF token (quarkus-rest-csrf).
 */
@Path("/console")
@RolesAllowed(Roles.DPO)
@Produces(MediaType.TEXT_HTML)
public class ConsoleResource {

    static final int PAGE_SIZE = 25;
    private static final Set<String> FILTERS = Set.of("overdue", "dueSoon", "paused", "awaitingApproval", "unanswered");

    private final CaseActions actions;
    private final CaseQueries queries;
    private final CaseReportAssembler reports;
    private final BreachRegister breaches;
    private final PrivacyNotices notices;
    private final CaseDocuments documents;
    private final GatewayConfig config;
    private final Validator validator;
    private final Caller caller;
    private final ObjectMapper mapper;
    private final Template list;
    private final Template detail;
    private final Template open;
    private final Template breachPage;
    private final Template preview;
    private final Template auditPage;
    private final SuiteAuditVerification audit;
    private final RetentionOverview retention;
    private final Template retentionPage;

    public ConsoleResource(CaseActions actions, CaseQueries queries, CaseReportAssembler reports,
            BreachRegister breaches, PrivacyNotices notices, CaseDocuments documents, GatewayConfig config, Validator validator,
            Caller caller, ObjectMapper mapper, @Location("console/cases.html") Template list, @Location("console/case.html") Template detail,
            @Location("console/open.html") Template open, @Location("console/breaches.html") Template breachPage,
            @Location("console/preview.html") Template preview, @Location("console/audit.html") Template auditPage,
            SuiteAuditVerification audit, RetentionOverview retention,
            @Location("console/retention.html") Template retentionPage) {
        this.retention = retention;
        this.retentionPage = retentionPage;
        this.auditPage = auditPage;
        this.audit = audit;
        this.actions = actions;
        this.queries = queries;
        this.reports = reports;
        this.breaches = breaches;
        this.notices = notices;
        this.documents = documents;
        this.config = config;
        this.validator = validator;
        this.caller = caller;
        this.mapper = mapper;
        this.list = list;
        this.detail = detail;
        this.open = open;
        this.breachPage = breachPage;
        this.preview = preview;
    }

    @GET
    @Operation(hidden = true)
    public Response home() {
        return Response.seeOther(URI.create("/console/cases")).build();
    }

    @GET
    @Path("/cases")
    @Operation(hidden = true)
    public Response cases(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("filter") String filter, @QueryParam("page") @DefaultValue("0") int page,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        CaseStatus s = parse(CaseStatus.class, status, "status");
        RequestType t = parse(RequestType.class, type, "type");
        String f = filter == null || filter.isBlank() ? null : filter;
        if (f != null && !FILTERS.contains(f)) {
            throw ProblemException.badRequest("filter must be one of " + String.join(", ", FILTERS.stream().sorted().toList()));
        }
        if (page < 0 || page > 100) {
            throw ProblemException.badRequest("page must be between 0 and 100");
        }
        ConsoleViews.Filter chosen = new ConsoleViews.Filter(status, type, f);
        List<CaseSummary> rows = queries.console(s, t, f, page, PAGE_SIZE);
        boolean more = rows.size() > PAGE_SIZE;
        return page(list.data("cases", more ? rows.subList(0, PAGE_SIZE) : rows).data("counts", queries.counts())
                .data("filter", chosen).data("page", page).data("more", more).data("previous", page - 1).data("next", page + 1)
                .data("statuses", names(CaseStatus.values())).data("types", names(RequestType.values())).data("filters", FILTERS.stream().sorted().toList()),
                acceptLanguage, 200);
    }

    @GET
    @Path("/cases/new")
    @Operation(hidden = true)
    public Response openForm(@HeaderParam("Accept-Language") String acceptLanguage) {
        return page(openPage(new ConsoleViews.OpenForm(null, null, null, null, null, null, null, null, null), Map.of()),
                acceptLanguage, 200);
    }

    @POST
    @Path("/cases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response openCase(@FormParam("type") String type, @FormParam("personalIdentityCode") String pic,
            @FormParam("email") String email, @FormParam("phone") String phone, @FormParam("name") String name,
            @FormParam("birthDate") String birthDate, @FormParam("verificationMethod") String method,
            @FormParam("verificationReference") String reference, @FormParam("details") String details,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        ConsoleViews.OpenForm form = new ConsoleViews.OpenForm(type, pic, email, phone, name, birthDate, method, reference, details);
        Map<String, String> errors = new LinkedHashMap<>();
        RequestType t = field(RequestType.class, type, "type", errors);
        VerificationMethod m = field(VerificationMethod.class, method, "verification.method", errors);
        LocalDate born = null;
        if (blank(birthDate) == null) {
            born = null;
        } else {
            try {
                born = LocalDate.parse(birthDate.strip());
            } catch (DateTimeParseException e) {
                errors.put("subject.birthDate", "must be a date (YYYY-MM-DD)");
            }
        }
        CaseForms.Checked<CaseCommands.Open> request = CaseForms.open(validator, t,
                new SubjectIdentifiers(blank(pic), blank(email), blank(phone), blank(name), born), m, blank(reference), blank(details));
        request.violations().forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            return page(openPage(form, errors), acceptLanguage, 400);
        }
        CaseCommands.Opened created;
        try {
            created = actions.open(request.command());
        } catch (ProblemException e) {
            errors.put("form", e.getMessage());
            return page(openPage(form, errors), acceptLanguage, e.status());
        }
        return Response.seeOther(URI.create("/console/cases/" + created.id())).build();
    }

    @GET
    @Path("/cases/{id}")
    @Operation(hidden = true)
    public Response caseView(@PathParam("id") UUID id, @QueryParam("error") String error,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return casePage(id, error == null ? null : error.length() > 300 ? error.substring(0, 300) : error, acceptLanguage, 200);
    }

    @POST
    @Path("/cases/{id}/verification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response verify(@PathParam("id") UUID id, @FormParam("method") String method, @FormParam("reference") String reference,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            VerificationMethod m = field(VerificationMethod.class, method, "method", errors);
            actions.verify(id, valid("verify", null, CaseForms.verification(validator, m, blank(reference)), errors));
        });
    }

    @POST
    @Path("/cases/{id}/extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response extend(@PathParam("id") UUID id, @FormParam("reason") String reason, @FormParam("months") Integer months,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> actions.extend(id, valid("extend", null,
                CaseForms.extension(validator, blank(reason), months), new LinkedHashMap<>())));
    }

    @POST
    @Path("/cases/{id}/refusal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response refuse(@PathParam("id") UUID id, @FormParam("ground") String ground, @FormParam("reason") String reason,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            RefusalGround g = field(RefusalGround.class, ground, "ground", errors);
            actions.refuse(id, valid("refuse", null, CaseForms.refusal(validator, g, blank(reason)), errors));
        });
    }

    @POST
    @Path("/cases/{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response answer(@PathParam("id") UUID id, @FormParam("channel") String channel, @FormParam("reference") String reference,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            AnswerChannel ch = field(AnswerChannel.class, channel, "channel", errors);
            actions.answer(id, valid("answer", null, CaseForms.answer(validator, ch, blank(reference)), errors));
        });
    }

    @POST
    @Path("/cases/{id}/cancellation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response cancel(@PathParam("id") UUID id, @FormParam("reason") String reason,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> actions.cancel(id, valid("cancel", null, CaseForms.cancellation(validator, blank(reason)),
                new LinkedHashMap<>())));
    }

    @POST
    @Path("/cases/{id}/possible-matches/{matchId}/confirmation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response confirmMatch(@PathParam("id") UUID id, @PathParam("matchId") UUID matchId, @FormParam("method") String method,
            @FormParam("reference") String reference, @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            ProofMethod m = field(ProofMethod.class, method, "method", errors);
            actions.confirmMatch(id, matchId, valid("match", matchId, CaseForms.proof(validator, m, blank(reference)), errors));
        });
    }

    @POST
    @Path("/cases/{id}/possible-matches/{matchId}/dismissal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response dismissMatch(@PathParam("id") UUID id, @PathParam("matchId") UUID matchId, @FormParam("reason") String reason,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> actions.dismissMatch(id, matchId,
                valid("dismiss", matchId, CaseForms.dismissal(validator, blank(reason)), new LinkedHashMap<>())));
    }

    @POST
    @Path("/cases/{id}/identity-doubt")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response doubt(@PathParam("id") UUID id, @FormParam("reason") String reason, @FormParam("requestReference") String reference,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> actions.doubt(id, valid("doubt", null,
                CaseForms.doubt(validator, blank(reason), blank(reference)), new LinkedHashMap<>())));
    }

    @POST
    @Path("/cases/{id}/lift-notice")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response liftNotice(@PathParam("id") UUID id, @FormParam("channel") String channel, @FormParam("reference") String reference,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            AnswerChannel ch = field(AnswerChannel.class, channel, "channel", errors);
            actions.recordLiftNotice(id, valid("lift", null, CaseForms.liftNotice(validator, ch, blank(reference)), errors));
        });
    }

    @POST
    @Path("/cases/{id}/recipient-notifications/{notificationId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response recipientNotification(@PathParam("id") UUID id, @PathParam("notificationId") UUID notificationId,
            @FormParam("status") String status, @FormParam("reference") String reference, @FormParam("reason") String reason,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> {
            Map<String, String> errors = new LinkedHashMap<>();
            RecipientNotification.Status s = field(RecipientNotification.Status.class, status, "status", errors);
            actions.decideRecipient(id, notificationId, valid("recipient", notificationId,
                    CaseForms.recipientDecision(validator, s, blank(reference), blank(reason)), errors));
        });
    }

    /** Every service's access log at a glance: intact or where it breaks, the newest seal's age, witnessed or not. */
    @GET
    @Path("/audit")
    @Operation(hidden = true)
    public Response auditPage(@HeaderParam("Accept-Language") String acceptLanguage) {
        return page(auditPage.data("result", audit.verify()), acceptLanguage, 200);
    }

    /** Every register's latest retention run: when, dry or real, and the counts per rule. */
    @GET
    @Path("/retention")
    @Operation(hidden = true)
    public Response retentionPage(@HeaderParam("Accept-Language") String acceptLanguage) {
        Texts texts = Texts.of(ConsoleViews.language(acceptLanguage), config.zone());
        return page(retentionPage.data("retention", ConsoleViews.retention(retention.latest(), texts)), acceptLanguage, 200);
    }

    @POST
    @Path("/cases/{id}/erasure-approval")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response approve(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> actions.approveErasure(id));
    }

    @POST
    @Path("/cases/{id}/erasure-execution")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(hidden = true)
    public Response execute(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String acceptLanguage) {
        return act(id, acceptLanguage, () -> actions.executeErasure(id));
    }

    @GET
    @Path("/cases/{id}/erasure-preview")
    @Operation(hidden = true)
    public Response erasurePreview(@PathParam("id") UUID id, @HeaderParam("Accept-Language") String acceptLanguage) {
        return page(preview.data("preview", reports.erasurePreview(id)).data("c", queries.view(id)), acceptLanguage, 200);
    }

    /** The subject's documents, as the DPO sends them: page or PDF, in fi, sv or en. */
    @GET
    @Path("/cases/{id}/documents/{document}")
    @Produces({MediaType.TEXT_HTML, "application/pdf"})
    @Operation(hidden = true)
    public Response document(@PathParam("id") UUID id, @PathParam("document") String document,
            @QueryParam("lang") @DefaultValue("fi") String lang, @QueryParam("format") @DefaultValue("html") String format) {
        String language = PrivacyNotices.language(lang);
        boolean pdf = switch (format) {
            case "pdf" -> true;
            case "html" -> false;
            default -> throw ProblemException.badRequest("format must be html or pdf");
        };
        return switch (document) {
            case "report" -> documents.report(id, language, pdf);
            case "extension" -> documents.extension(id, language, pdf);
            case "refusal" -> documents.refusal(id, language, pdf);
            default -> throw ProblemException.notFound("document " + document);
        };
    }

    /** The report as the API gives it (JSON), for the DPO's own records. */
    @GET
    @Path("/cases/{id}/report.json")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response reportJson(@PathParam("id") UUID id, @QueryParam("lang") @DefaultValue("fi") String lang) {
        String language = PrivacyNotices.language(lang);
        return Response.ok(CaseMapping.report(reports.report(id, language, notices.descriptions(language))), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"report-" + id + ".json\"").build();
    }

    @GET
    @Path("/cases/{id}/portability-package")
    @Produces("application/zip")
    @Operation(hidden = true)
    public Response portability(@PathParam("id") UUID id) {
        return Response.ok(PortabilityPackage.zip(id, reports.portability(id), mapper), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"portability-" + id + ".zip\"").build();
    }

    @GET
    @Path("/breaches")
    @Operation(hidden = true)
    public Response breaches(@QueryParam("page") @DefaultValue("0") int page, @HeaderParam("Accept-Language") String acceptLanguage) {
        if (page < 0 || page > 10_000) {
            throw ProblemException.badRequest("page must be between 0 and 10000");
        }
        return page(breachPage.data("breaches", breaches.list(null, page, PAGE_SIZE)).data("page", page), acceptLanguage, 200);
    }

    private Response act(UUID id, String acceptLanguage, Runnable action) {
        try {
            action.run();
        } catch (InvalidForm e) {
            return casePage(id, e.getMessage(), e.errors, e.item, acceptLanguage, 400);
        } catch (ProblemException e) {
            return casePage(id, e.getMessage(), acceptLanguage, e.status());
        }
        return Response.seeOther(URI.create("/console/cases/" + id)).build();
    }

    /** A form on the case page that failed validation: the errors per field, keyed {@code <form>.<field>}. */
    private static final class InvalidForm extends RuntimeException {
        final transient Map<String, String> errors;
        final UUID item;

        InvalidForm(UUID item, String message, Map<String, String> errors) {
            super(message, null, false, false);
            this.item = item;
            this.errors = errors;
        }
    }

    private Response casePage(UUID id, String error, String acceptLanguage, int status) {
        return casePage(id, error, Map.of(), null, acceptLanguage, status);
    }

    private Response casePage(UUID id, String error, Map<String, String> errors, UUID errorFor, String acceptLanguage, int status) {
        CaseView c = queries.view(id);
        return page(detail.data("c", c).data("error", error).data("errors", errors).data("errorFor", errorFor).data("me", caller.name())
                .data("proofs", names(ProofMethod.values())).data("recipientStatuses", names(RecipientNotification.Status.SENT,
                        RecipientNotification.Status.NOT_NEEDED))
                .data("grounds", names(RefusalGround.values())).data("channels", names(AnswerChannel.values()))
                .data("methods", names(VerificationMethod.STRONG_ELECTRONIC_IDENTIFICATION, VerificationMethod.IDENTITY_DOCUMENT_IN_PERSON,
                        VerificationMethod.AUTHENTICATED_CUSTOMER_CHANNEL))
                .data("erasure", c.type() == RequestType.ERASURE).data("portability", c.type() == RequestType.PORTABILITY).data("status", c.status().name())
                .data("open", c.completedAt() == null && c.cancelledAt() == null && c.refusal() == null), acceptLanguage, status);
    }

    private TemplateInstance openPage(ConsoleViews.OpenForm form, Map<String, String> errors) {
        return open.data("form", form).data("errors", errors).data("types", names(RequestType.values()))
                .data("methods", names(VerificationMethod.values()));
    }

    private Response page(TemplateInstance page, String acceptLanguage, int status) {
        String lang = ConsoleViews.language(acceptLanguage);
        String html = page.data("lang", lang).data("user", caller.name())
                .setAttribute("locale", Locale.forLanguageTag(lang)).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html)
                .header("Content-Language", lang)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
                        + "frame-ancestors 'none'; base-uri 'none'")
                .header("X-Frame-Options", "DENY").header("Referrer-Policy", "no-referrer").header("Cache-Control", "no-store")
                .build();
    }

    /** A case-page form's command once checked; field errors (and enum fields already refused) come back beside the fields. */
    private static <C> C valid(String form, UUID item, CaseForms.Checked<C> checked, Map<String, String> errors) {
        checked.violations().forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            Map<String, String> keyed = new LinkedHashMap<>();
            errors.forEach((k, v) -> keyed.put(form + "." + k, v));
            throw new InvalidForm(item, String.join("; ", errors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).sorted().toList()),
                    keyed);
        }
        return checked.command();
    }

    private static <E extends Enum<E>> E field(Class<E> type, String value, String name, Map<String, String> errors) {
        try {
            return parse(type, value, name);
        } catch (ProblemException e) {
            errors.put(name, blank(value) == null ? "must not be null" : "must be one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String name) {
        if (blank(value) == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(name + " must be one of " + List.of(type.getEnumConstants()));
        }
    }

    @SafeVarargs
    private static <E extends Enum<E>> List<String> names(E... values) {
        return java.util.Arrays.stream(values).map(Enum::name).toList();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
