package de.foerderlotse.funding.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A funding programme (Förderprogramm) of a funding body, as scouts register it. */
@Entity
@Table(name = "programme")
public class Programme extends PanacheEntityBase {

  @Id public UUID id;

  /** Reference in an external catalogue such as the Förderdatenbank; unique when given. */
  @Column(name = "external_reference")
  public String externalReference;

  public String title;

  @Column(name = "funding_body")
  public String fundingBody;

  @Enumerated(EnumType.STRING)
  public ProgrammeStatus status;

  /** Optimistic lock and aggregate version carried by every event. */
  @Version public long version;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  public static Optional<Programme> findByExternalReference(String reference) {
    return find("externalReference", reference).firstResultOptional();
  }

  /** A new programme; the caller persists it. */
  public static Programme register(ProgrammeDetails details, String by, Instant at) {
    Programme programme = new Programme();
    programme.id = UUID.randomUUID();
    programme.createdAt = at;
    programme.createdBy = by;
    programme.apply(details, by, at);
    return programme;
  }

  /**
   * Changes the programme to the given details.
   *
   * @return the names of the fields whose value changed, so consumers can tell a moved deadline
   *     from a corrected title
   */
  public List<String> apply(ProgrammeDetails details, String by, Instant at) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(externalReference, details.externalReference())) {
      changed.add("externalReference");
      externalReference = details.externalReference();
    }
    if (!Objects.equals(title, details.title())) {
      changed.add("title");
      title = details.title();
    }
    if (!Objects.equals(fundingBody, details.fundingBody())) {
      changed.add("fundingBody");
      fundingBody = details.fundingBody();
    }
    if (status != details.status()) {
      changed.add("status");
      status = details.status();
    }
    updatedAt = at;
    updatedBy = by;
    return changed;
  }
}
