package de.foerderlotse.conflict.engine;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * What conflict detection compares of one project: its texts as normalised terms and the structured
 * signals (municipality, category, site, period, cost, the programmes and calls it applies to).
 * Built from the project read model and its applications, or from an evaluation pair.
 *
 * @param key identifies the project (or the application, for one project applied twice)
 * @param active false for finished or withdrawn projects: they conflict with nothing
 * @param siteGiven whether lat/lon is the project's own site; false when it stands for the
 *     municipality (its centroid), which says where, roughly, but never that two projects share a
 *     site
 */
public record ConflictProfile(
    String key,
    String ags,
    String title,
    String category,
    Double lat,
    Double lon,
    LocalDate plannedStart,
    LocalDate plannedEnd,
    BigDecimal totalCost,
    List<CostItem> costItems,
    List<Participation> participations,
    boolean active,
    List<String> titleTerms,
    List<String> terms,
    boolean siteGiven) {

  /** One line of the cost estimate. */
  public record CostItem(String label, BigDecimal amount, String costCategory) {}

  /** An application (or its preparation) of the project to a programme and call. */
  public record Participation(String programme, String call, String applicationId) {}

  public ConflictProfile {
    costItems = costItems == null ? List.of() : List.copyOf(costItems);
    participations = participations == null ? List.of() : List.copyOf(participations);
    siteGiven = siteGiven && lat != null && lon != null;
  }

  /** A profile whose position, if any, is the project's own site. */
  public ConflictProfile(
      String key,
      String ags,
      String title,
      String category,
      Double lat,
      Double lon,
      LocalDate plannedStart,
      LocalDate plannedEnd,
      BigDecimal totalCost,
      List<CostItem> costItems,
      List<Participation> participations,
      boolean active,
      List<String> titleTerms,
      List<String> terms) {
    this(
        key,
        ags,
        title,
        category,
        lat,
        lon,
        plannedStart,
        plannedEnd,
        totalCost,
        costItems,
        participations,
        active,
        titleTerms,
        terms,
        true);
  }

  /** The same project with a position that only stands for its municipality (its centroid). */
  public ConflictProfile withoutSite() {
    return new ConflictProfile(
        key,
        ags,
        title,
        category,
        lat,
        lon,
        plannedStart,
        plannedEnd,
        totalCost,
        costItems,
        participations,
        active,
        titleTerms,
        terms,
        false);
  }

  /** Normalises the texts once: the title, and title + description + cost item labels. */
  public static ConflictProfile of(
      String key,
      String ags,
      String title,
      String description,
      String category,
      Double lat,
      Double lon,
      LocalDate plannedStart,
      LocalDate plannedEnd,
      BigDecimal totalCost,
      List<CostItem> costItems,
      List<Participation> participations,
      boolean active) {
    List<String> titleTerms = GermanTerms.of(title);
    StringBuilder all = new StringBuilder(title == null ? "" : title);
    all.append(' ').append(description == null ? "" : description);
    for (CostItem item : costItems == null ? List.<CostItem>of() : costItems) {
      all.append(' ').append(item.label() == null ? "" : item.label());
    }
    return new ConflictProfile(
        key,
        ags,
        title,
        category,
        lat,
        lon,
        plannedStart,
        plannedEnd,
        totalCost,
        costItems,
        participations,
        active,
        titleTerms,
        GermanTerms.of(all.toString()));
  }

  /** Terms that make another project a candidate: key terms of the title. */
  public Set<String> titleKeyTerms() {
    return GermanTerms.keyTerms(titleTerms);
  }

  /** All key terms of title, description and cost items. */
  public Set<String> keyTerms() {
    return GermanTerms.keyTerms(terms);
  }

  /**
   * A hash of the fields whose change is material: the normalised terms (not the wording; they
   * include the cost items' labels), category, site, period, total cost and the programmes and
   * calls applied to.
   */
  public String materialFingerprint() {
    StringBuilder material = new StringBuilder();
    material.append(new TreeSet<>(terms)).append('|').append(category).append('|');
    material.append(hasPosition() ? String.format(Locale.ROOT, "%.3f,%.3f", lat, lon) : "-");
    material.append('|').append(plannedStart).append('|').append(plannedEnd).append('|');
    material.append(totalCost == null ? "-" : totalCost.stripTrailingZeros().toPlainString());
    participations.stream()
        .map(p -> p.programme() + "/" + p.call())
        .sorted()
        .forEach(p -> material.append('|').append(p));
    return sha256(material.toString());
  }

  static String sha256(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public boolean hasPosition() {
    return lat != null && lon != null;
  }

  /** The same project as another application: one participation, same texts and figures. */
  public ConflictProfile asApplication(Participation participation) {
    return new ConflictProfile(
        participation.applicationId(),
        ags,
        title,
        category,
        lat,
        lon,
        plannedStart,
        plannedEnd,
        totalCost,
        costItems,
        new ArrayList<>(List.of(participation)),
        active,
        titleTerms,
        terms,
        siteGiven);
  }
}
