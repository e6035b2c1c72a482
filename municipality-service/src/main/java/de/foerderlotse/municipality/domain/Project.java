package de.foerderlotse.municipality.domain;

import de.foerderlotse.platform.problem.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SortNatural;

/** A municipality's planned measure (kommunales Projekt), before and while it seeks funding. */
@Entity
@Table(name = "project")
public class Project extends PanacheEntityBase {

  @Id public UUID id;

  /** The owning municipality; fixed for the project's life. */
  public String ags;

  public String title;

  public String description;

  @Enumerated(EnumType.STRING)
  public FundingArea category;

  public double lat;

  public double lon;

  @Column(name = "planned_start")
  public LocalDate plannedStart;

  @Column(name = "planned_end")
  public LocalDate plannedEnd;

  @Column(name = "estimated_total_cost")
  public BigDecimal estimatedTotalCost;

  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 50)
  @CollectionTable(name = "project_cost_item", joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "position")
  public List<CostItem> costItems = new ArrayList<>();

  /** Partner municipalities of a joint project; they may read it. */
  @ElementCollection(fetch = FetchType.EAGER)
  @BatchSize(size = 50)
  @CollectionTable(name = "project_partner", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "ags")
  @SortNatural
  public SortedSet<String> partners = new TreeSet<>();

  /** ZRR qualification stars (Sterne-Verfahren), 0 to 3. */
  public int stars;

  @Enumerated(EnumType.STRING)
  public ProjectStatus status;

  @Column(name = "search_text")
  public String searchText;

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

  /**
   * A new, still empty project of municipality {@code ags}; {@link #apply} gives it its details
   * (and returns them as the first history entries) before the caller persists it.
   */
  public static Project newFor(String ags, String by, Instant at) {
    Project project = new Project();
    project.id = UUID.randomUUID();
    project.ags = ags;
    project.createdAt = at;
    project.createdBy = by;
    return project;
  }

  /** Whether municipality {@code viewerAgs} may see the project: its owner or a partner. */
  public boolean isVisibleTo(String viewerAgs) {
    return ags.equals(viewerAgs) || partners.contains(viewerAgs);
  }

  /**
   * Changes the project to the given details.
   *
   * @return every field whose value changed, with old and new value, for the change history
   */
  public List<FieldChange> apply(ProjectDetails details, String by, Instant at) {
    if (status == ProjectStatus.WITHDRAWN) {
      throw DomainException.unprocessable(
          "Das Projekt ist zurückgezogen und kann nicht mehr geändert werden.");
    }
    checkRules(details);
    boolean isNew = updatedAt == null;
    List<FieldChange> changes = new ArrayList<>();
    title = track(changes, "title", title, details.title());
    description = track(changes, "description", description, details.description());
    category = track(changes, "category", category, details.category());
    GeoPoint location = details.location();
    if (isNew || lat != location.lat() || lon != location.lon()) {
      changes.add(new FieldChange("location", isNew ? null : text(location()), text(location)));
      lat = location.lat();
      lon = location.lon();
    }
    plannedStart = track(changes, "plannedStart", plannedStart, details.plannedStart());
    plannedEnd = track(changes, "plannedEnd", plannedEnd, details.plannedEnd());
    BigDecimal cost = money(details.estimatedTotalCost());
    if (!sameAmount(estimatedTotalCost, cost)) {
      changes.add(new FieldChange("estimatedTotalCost", text(estimatedTotalCost), text(cost)));
      estimatedTotalCost = cost;
    }
    if (!costItems.equals(details.costItems())) {
      changes.add(new FieldChange("costItems", text(costItems), text(details.costItems())));
      costItems.clear();
      costItems.addAll(details.costItems());
    }
    if (!List.copyOf(partners).equals(details.partners())) {
      changes.add(new FieldChange("partners", text(partners), text(details.partners())));
      partners.clear();
      partners.addAll(details.partners());
    }
    stars = track(changes, "stars", stars, details.stars());
    status = track(changes, "status", status, details.status());
    searchText = SearchText.fold(title + " " + Objects.toString(description, ""));
    if (!changes.isEmpty()) {
      updatedAt = at;
      updatedBy = by;
    }
    // A new project had no values before, whatever its fields' defaults are.
    return isNew
        ? changes.stream().map(c -> new FieldChange(c.field(), null, c.newValue())).toList()
        : changes;
  }

  /** Withdraws the project: it stays on record, but no longer competes for funding. */
  public List<FieldChange> withdraw(String by, Instant at) {
    if (status == ProjectStatus.WITHDRAWN) {
      return List.of();
    }
    FieldChange change = new FieldChange("status", status.name(), ProjectStatus.WITHDRAWN.name());
    status = ProjectStatus.WITHDRAWN;
    updatedAt = at;
    updatedBy = by;
    return List.of(change);
  }

  public GeoPoint location() {
    return new GeoPoint(lat, lon);
  }

  private void checkRules(ProjectDetails details) {
    if (details.plannedStart() != null
        && details.plannedEnd() != null
        && details.plannedEnd().isBefore(details.plannedStart())) {
      throw DomainException.unprocessable(
          "Das geplante Ende ("
              + details.plannedEnd()
              + ") liegt vor dem geplanten Beginn ("
              + details.plannedStart()
              + ").");
    }
    if (details.partners().contains(ags)) {
      throw DomainException.unprocessable(
          "Die eigene Kommune kann nicht Partnerin ihres eigenen Projekts sein.");
    }
    BigDecimal itemsTotal =
        details.costItems().stream().map(i -> i.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (details.estimatedTotalCost() != null
        && itemsTotal.compareTo(details.estimatedTotalCost()) > 0) {
      throw DomainException.unprocessable(
          "Die Kostenpositionen ergeben "
              + money(itemsTotal).toPlainString()
              + " EUR und übersteigen die geschätzten Gesamtkosten von "
              + money(details.estimatedTotalCost()).toPlainString()
              + " EUR.");
    }
  }

  private static String text(GeoPoint point) {
    return point.lat() + "," + point.lon();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static String text(BigDecimal value) {
    return value == null ? null : value.toPlainString();
  }

  private static BigDecimal money(BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static boolean sameAmount(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  private static <T> T track(List<FieldChange> changes, String field, T current, T wanted) {
    if (!Objects.equals(current, wanted)) {
      changes.add(new FieldChange(field, text(current), text(wanted)));
    }
    return wanted;
  }
}
