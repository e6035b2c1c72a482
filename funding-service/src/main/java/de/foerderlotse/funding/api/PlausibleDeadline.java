package de.foerderlotse.funding.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;

/**
 * A date-time within the years a deadline can have. Beyond them the database cannot store it (it
 * would answer 500), and ISO-8601 text needs a sign from year 10000 on.
 */
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = PlausibleDeadline.Check.class)
public @interface PlausibleDeadline {

  int FIRST_YEAR = 1900;

  /** The last year that stays a four-digit year in every time zone. */
  int LAST_YEAR = 9998;

  String message() default
      "muss zwischen den Jahren " + FIRST_YEAR + " und " + LAST_YEAR + " liegen";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the year; a missing value is {@code @NotNull}'s business. */
  class Check implements ConstraintValidator<PlausibleDeadline, OffsetDateTime> {

    @Override
    public boolean isValid(OffsetDateTime value, ConstraintValidatorContext context) {
      return value == null || plausible(value);
    }

    static boolean plausible(OffsetDateTime value) {
      return value.getYear() >= FIRST_YEAR && value.getYear() <= LAST_YEAR;
    }
  }
}
