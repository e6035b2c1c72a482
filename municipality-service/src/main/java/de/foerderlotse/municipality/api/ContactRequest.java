package de.foerderlotse.municipality.api;

import de.foerderlotse.municipality.domain.Contact;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The municipality's contact person for funding questions. */
public record ContactRequest(
    @Size(max = 200, message = "höchstens 200 Zeichen") String name,
    @Email(message = "muss eine E-Mail-Adresse sein")
        @Size(max = 200, message = "höchstens 200 Zeichen")
        String email,
    @Pattern(regexp = "[+0-9 ()/-]{3,50}", message = "muss eine Telefonnummer sein") String phone) {

  Contact toContact() {
    return new Contact(blankToNull(name), blankToNull(email), blankToNull(phone));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
