package de.foerderlotse.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SortNatural;

/** A municipality (Kommune) or the county itself: a tenant of Förderlotse, keyed by its AGS. */
@Entity
@Table(name = "municipality")
public class Municipality extends PanacheEntityBase {

  @Id public String ags;

  /** The official name, e.g. "Düren, Stadt". */
  public String name;

  @Enumerated(EnumType.STRING)
  public MunicipalityKind kind;

  @Column(name = "county_ags")
  public String countyAgs;

  public Integer population;

  @Column(name = "area_km2")
  public BigDecimal areaKm2;

  public String postcode;

  public double lat;

  public double lon;

  /** True when the reference list named the neighbours; otherwise they are computed. */
  @Column(name = "neighbours_given")
  public boolean neighboursGiven;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 50)
  @CollectionTable(name = "municipality_neighbour", joinColumns = @JoinColumn(name = "ags"))
  @Column(name = "neighbour_ags")
  @SortNatural
  public SortedSet<String> neighbours = new TreeSet<>();

  @Embedded public Contact contact;

  /** Optimistic lock and aggregate version carried by every event. */
  @Version public long version;

  @Column(name = "updated_at")
  public Instant updatedAt;

  @Column(name = "updated_by")
  public String updatedBy;

  /** A new tenant from reference data; the caller persists it. */
  public static Municipality from(
      MunicipalityData data, List<String> neighbours, String by, Instant at) {
    Municipality municipality = new Municipality();
    municipality.ags = data.ags();
    municipality.applyReferenceData(data, neighbours, by, at);
    return municipality;
  }

  /**
   * Brings the tenant up to date with its reference data, leaving what users maintain (contact).
   *
   * @return the names of the fields that changed; empty when the data was already applied
   */
  public List<String> applyReferenceData(
      MunicipalityData data, List<String> neighbourKeys, String by, Instant at) {
    List<String> changed = new ArrayList<>();
    name = track(changed, "name", name, data.name());
    kind = track(changed, "kind", kind, data.kind());
    countyAgs = track(changed, "countyAgs", countyAgs, data.countyAgs());
    population = track(changed, "population", population, data.population());
    if (areaKm2 == null ? data.areaKm2() != null : areaKm2.compareTo(data.areaKm2()) != 0) {
      changed.add("areaKm2");
      areaKm2 = data.areaKm2();
    }
    postcode = track(changed, "postcode", postcode, data.postcode());
    if (lat != data.centroid().lat() || lon != data.centroid().lon()) {
      changed.add("centroid");
      lat = data.centroid().lat();
      lon = data.centroid().lon();
    }
    boolean given = !data.givenNeighbours().isEmpty();
    neighboursGiven = track(changed, "neighboursGiven", neighboursGiven, given);
    if (!neighbours.equals(new TreeSet<>(neighbourKeys))) {
      changed.add("neighbours");
      neighbours.clear();
      neighbours.addAll(neighbourKeys);
    }
    if (!changed.isEmpty()) {
      touch(by, at);
    }
    return changed;
  }

  /** Replaces the contact person; returns the changed fields (none when it is the same). */
  public List<String> changeContact(Contact newContact, String by, Instant at) {
    if (Objects.equals(contact, newContact)) {
      return List.of();
    }
    contact = newContact;
    touch(by, at);
    return List.of("contact");
  }

  public GeoPoint centroid() {
    return new GeoPoint(lat, lon);
  }

  /** The name without its official suffix: "Düren, Stadt" reads "Düren". */
  public String shortName() {
    int comma = name.indexOf(',');
    return comma < 0 ? name : name.substring(0, comma).trim();
  }

  private void touch(String by, Instant at) {
    updatedAt = at;
    updatedBy = by;
  }

  private static <T> T track(List<String> changed, String field, T current, T wanted) {
    if (!Objects.equals(current, wanted)) {
      changed.add(field);
    }
    return wanted;
  }
}
