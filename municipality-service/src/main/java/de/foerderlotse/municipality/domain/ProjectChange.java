package de.foerderlotse.municipality.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One entry of a project's change history: who changed which field when, from what to what. */
@Entity
@Table(name = "project_change")
public class ProjectChange extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "project_id")
  public UUID projectId;

  /** The project version the change produced. */
  public long version;

  @Column(name = "changed_at")
  public Instant changedAt;

  @Column(name = "changed_by")
  public String changedBy;

  public String field;

  @Column(name = "old_value")
  public String oldValue;

  @Column(name = "new_value")
  public String newValue;

  public static ProjectChange of(Project project, FieldChange change) {
    ProjectChange entry = new ProjectChange();
    entry.projectId = project.id;
    entry.version = project.version;
    entry.changedAt = project.updatedAt;
    entry.changedBy = project.updatedBy;
    entry.field = change.field();
    entry.oldValue = change.oldValue();
    entry.newValue = change.newValue();
    return entry;
  }

  public static List<ProjectChange> historyOf(UUID projectId) {
    return list("projectId = ?1 order by id", projectId);
  }
}
