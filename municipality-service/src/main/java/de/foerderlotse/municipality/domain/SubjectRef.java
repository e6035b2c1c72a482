package de.foerderlotse.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** What an alert is about: a project, application, programme or conflict, by id. */
@Embeddable
public class SubjectRef {

  public String kind;

  @Column(name = "ref_id")
  public String id;

  public String title;

  protected SubjectRef() {}

  public SubjectRef(String kind, String id, String title) {
    this.kind = kind;
    this.id = id;
    this.title = title;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SubjectRef s
        && Objects.equals(kind, s.kind)
        && Objects.equals(id, s.id)
        && Objects.equals(title, s.title);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id, title);
  }
}
