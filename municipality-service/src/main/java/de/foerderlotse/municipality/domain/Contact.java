package de.foerderlotse.municipality.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** Who at the municipality answers questions about funding. */
@Embeddable
public class Contact {

  @Column(name = "contact_name")
  public String name;

  @Column(name = "contact_email")
  public String email;

  @Column(name = "contact_phone")
  public String phone;

  protected Contact() {}

  public Contact(String name, String email, String phone) {
    this.name = name;
    this.email = email;
    this.phone = phone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contact c
        && Objects.equals(name, c.name)
        && Objects.equals(email, c.email)
        && Objects.equals(phone, c.phone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email, phone);
  }

  @Override
  public String toString() {
    return String.join(" / ", Objects.toString(name, ""), Objects.toString(email, ""));
  }
}
