package de.foerderlotse.funding.api.imports;

import de.foerderlotse.funding.config.FundingConfig;
import de.foerderlotse.funding.domain.ImportJob;
import de.foerderlotse.funding.domain.ImportRejection;
import de.foerderlotse.funding.service.importing.ProgrammeImports;
import de.foerderlotse.platform.problem.DomainException;
import de.foerderlotse.platform.problem.ProblemKind;
import de.foerderlotse.platform.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk import of programmes, JSON array or CSV, upserted by external reference. Answers at once
 * with 202 and the job, whose progress is polled at its location.
 */
@Tag(name = "programme-imports", description = "Bulk import of funding programmes as jobs")
@Path("/api/programmes/imports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.SCOUT, Caller.COORDINATOR})
public class ImportResource {

  private final ProgrammeImportReader reader;
  private final ProgrammeImports imports;
  private final FundingConfig config;
  private final Caller caller;

  public ImportResource(
      ProgrammeImportReader reader, ProgrammeImports imports, FundingConfig config, Caller caller) {
    this.reader = reader;
    this.imports = imports;
    this.config = config;
    this.caller = caller;
  }

  @Operation(
      operationId = "importProgrammesJson",
      summary = "Import programmes from JSON",
      description =
          "Starts an import job for a JSON array of programmes; answers 202 with the job.")
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importJson(byte[] body, UriInfo uri) {
    return started(imports.start("JSON", reader.readJson(text(body, null)), caller.name()), uri);
  }

  @Operation(
      operationId = "importProgrammesCsv",
      summary = "Import programmes from CSV",
      description = "Starts an import job for programmes in CSV; answers 202 with the job.")
  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public Response importCsv(
      byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, UriInfo uri) {
    return started(imports.start("CSV", reader.readCsv(text(body, type)), caller.name()), uri);
  }

  @Operation(
      operationId = "getProgrammeImport",
      summary = "Get an import job",
      description = "The state of an import job with the rows it accepted and rejected.")
  @GET
  @Path("{jobId}")
  public JobResponse get(@PathParam("jobId") UUID jobId) {
    return JobResponse.of(imports.get(jobId));
  }

  /** JSON is always UTF-8; CSV in the charset its content type names, UTF-8 by default. */
  private String text(byte[] body, MediaType type) {
    if (body == null || body.length == 0) {
      throw new DomainException(ProblemKind.BAD_REQUEST, "Die Importdatei ist leer.");
    }
    if (body.length > config.importing().maxBytes()) {
      throw new DomainException(
          ProblemKind.PAYLOAD_TOO_LARGE,
          "Eine Importdatei darf höchstens " + config.importing().maxBytes() + " Byte groß sein.");
    }
    String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    try {
      return new String(body, charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset));
    } catch (IllegalArgumentException e) {
      throw new DomainException(
          ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Der Zeichensatz " + charset + " ist unbekannt.");
    }
  }

  private static Response started(ImportJob job, UriInfo uri) {
    return Response.accepted(JobResponse.of(job))
        .location(uri.getAbsolutePathBuilder().path(job.id.toString()).build())
        .build();
  }

  /** An import job and its progress; {@code processed} of {@code total} rows are done. */
  public record JobResponse(
      UUID id,
      String format,
      ImportJob.State state,
      int total,
      int processed,
      int created,
      int updated,
      int unchanged,
      int rejected,
      List<ImportRejection> rejections,
      Instant requestedAt,
      String requestedBy,
      Instant finishedAt) {

    static JobResponse of(ImportJob job) {
      return new JobResponse(
          job.id,
          job.format,
          job.state,
          job.total,
          job.processed,
          job.created,
          job.updated,
          job.unchanged,
          job.rejected,
          job.rejections(),
          job.requestedAt,
          job.requestedBy,
          job.finishedAt);
    }
  }
}
