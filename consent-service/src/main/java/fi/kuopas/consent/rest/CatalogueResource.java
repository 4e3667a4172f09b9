package fi.kuopas.consent.rest;

import fi.kuopas.consent.domain.LegalBasis;
import fi.kuopas.consent.domain.NoticeVersion;
import fi.kuopas.consent.domain.Purpose;
import fi.kuopas.consent.service.CatalogueService;
import fi.kuopas.privacy.problem.ProblemException;
import fi.kuopas.privacy.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Purposes and legal bases", description = "Purpose catalogue, notice versions and the legal-basis registry")
public class CatalogueResource {

    private static final String CODE = "[a-z0-9-]{2,60}";

    private final CatalogueService catalogue;

    public CatalogueResource(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @Schema(name = "Purpose")
    public record PurposeView(String code, String register, String legalBasis, boolean directMarketing,
            String subjectKind, String nameFi, String nameEn, List<NoticeView> currentNotices) {
    }

    @Schema(name = "NoticeVersion")
    public record NoticeView(String purpose, String version, String language, String text, String textHash,
            Instant publishedAt, Instant supersededAt) {
        static NoticeView of(NoticeVersion n) {
            return new NoticeView(n.purposeCode, n.version, n.language, n.text, n.textHash, n.publishedAt, n.supersededAt);
        }
    }

    @Schema(name = "PublishNoticeRequest")
    public record PublishNoticeRequest(
            @NotBlank @Pattern(regexp = "[0-9]{4}-[0-9]{2}-[0-9]{2}(\\.[0-9]+)?", message = "must look like 2026-12-01")
            @Schema(example = "2026-12-01") String version,
            @NotEmpty @Schema(description = "Text per language: fi, sv and en", example = "{\"fi\": \"...\", \"sv\": \"...\", \"en\": \"...\"}")
            Map<@Pattern(regexp = "fi|sv|en", message = "language must be fi, sv or en") String, @NotBlank @Size(max = 5000) String> texts) {
    }

    @Schema(name = "LegalBasis")
    public record LegalBasisView(String register, String purpose, String legalBasis, String reference, int revision,
            Instant validFrom, String changedBy, String reason) {
        static LegalBasisView of(LegalBasis l) {
            return new LegalBasisView(l.register, l.purposeCode, l.legalBasis, l.reference, l.revision, l.validFrom,
                    l.changedBy, l.reason);
        }
    }

    @Schema(name = "ChangeLegalBasisRequest")
    public record ChangeLegalBasisRequest(
            @NotNull @Pattern(regexp = "6\\(1\\)\\([a-f]\\)", message = "must be one of 6(1)(a) ... 6(1)(f)") @Schema(example = "6(1)(f)") String legalBasis,
            @Size(max = 300) String reference,
            @NotBlank @Size(min = 10, max = 1000) String reason,
            @Min(0) @Schema(description = "The revision the change is based on (optimistic locking)") int expectedRevision) {
    }

    @GET
    @Path("/purposes")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.STAKEHOLDER_RELATIONS, Roles.CONSENT_COLLECTOR, Roles.DPO})
    @Operation(operationId = "listPurposes", summary = "The purpose catalogue with the current notice texts")
    public List<PurposeView> purposes() {
        return Purpose.<Purpose>listAll().stream().sorted(java.util.Comparator.comparing(p -> p.code)).map(p -> new PurposeView(
                p.code, p.register, p.legalBasis, p.directMarketing, p.subjectKind.name(), p.nameFi, p.nameEn,
                NoticeVersion.<NoticeVersion>list("purposeCode = ?1 and supersededAt is null ORDER BY language", p.code)
                        .stream().map(NoticeView::of).toList())).toList();
    }

    @GET
    @Path("/purposes/{code}/notices")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.STAKEHOLDER_RELATIONS, Roles.CONSENT_COLLECTOR, Roles.DPO})
    @Operation(operationId = "listNoticeVersions", summary = "Every notice version of a purpose, old ones included")
    public List<NoticeView> notices(@PathParam("code") @Pattern(regexp = CODE) String code) {
        if (Purpose.findById(code) == null) {
            throw ProblemException.notFound("purpose " + code);
        }
        return NoticeVersion.<NoticeVersion>list("purposeCode = ?1 ORDER BY publishedAt, language", code).stream()
                .map(NoticeView::of).toList();
    }

    @POST
    @Path("/purposes/{code}/notices")
    @RolesAllowed(Roles.DPO)
    @Operation(operationId = "publishNoticeVersion", summary = "Publish a new notice version; earlier consents stay tied to theirs")
    @APIResponse(responseCode = "201", description = "Published")
    public Response publish(@PathParam("code") @Pattern(regexp = CODE) String code, @NotNull @Valid PublishNoticeRequest request) {
        List<NoticeView> published = catalogue.publishNotice(code, request.version(), request.texts()).stream()
                .map(NoticeView::of).toList();
        return Response.status(201).entity(published).build();
    }

    @GET
    @Path("/legal-bases")
    @RolesAllowed({Roles.CUSTOMER_SERVICE, Roles.STAKEHOLDER_RELATIONS, Roles.CONSENT_COLLECTOR, Roles.DPO, Roles.DSR_GATEWAY})
    @Operation(operationId = "listLegalBases", summary = "The legal basis in force per register and purpose")
    public List<LegalBasisView> legalBases() {
        return catalogue.currentLegalBases().stream().map(LegalBasisView::of).toList();
    }

    @PUT
    @Path("/legal-bases/{register}/{purpose}")
    @RolesAllowed(Roles.DPO)
    @Operation(operationId = "changeLegalBasis", summary = "Change the legal basis of a purpose: a new revision and an event")
    @APIResponse(responseCode = "200", description = "The new revision", content = @Content(schema = @Schema(implementation = LegalBasisView.class)))
    public LegalBasisView change(@PathParam("register") @Pattern(regexp = "customer|personnel|stakeholder|cctv|consent",
            message = "unknown register") String register, @PathParam("purpose") @Pattern(regexp = CODE) String purpose,
            @NotNull @Valid ChangeLegalBasisRequest request) {
        return LegalBasisView.of(catalogue.changeLegalBasis(register, purpose, request.legalBasis(), request.reference(),
                request.reason(), request.expectedRevision()));
    }
}
