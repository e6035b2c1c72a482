package de.foerderlotse.project.settlement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LateUseInterestTest {

  @Test
  void tenThousandUnspentForSeventyFiveDaysAtBaseRateOnePointTwoSevenPercent() {
    // 10,000 × 6.27 % × 75 / 365 = 128.8356… €
    assertThat(LateUseInterest.of(new BigDecimal("10000.00"), 75, new BigDecimal("1.27")))
        .isEqualByComparingTo("128.84");
  }

  @Test
  void splitsThePeriodWhereTheBaseRateChanges() throws Exception {
    BaseRates rates =
        BaseRates.read(new StringReader("valid_from,percent\n2025-01-01,2.27\n2025-07-01,1.27\n"));
    // 10 days at 7.27 % and 20 days at 6.27 % on 10,000 €: 19.9178… + 34.3561… = 54.27 €
    assertThat(
            LateUseInterest.between(
                new BigDecimal("10000.00"),
                LocalDate.of(2025, 6, 21),
                LocalDate.of(2025, 7, 21),
                rates))
        .isEqualByComparingTo("54.27");
  }

  @Test
  void shippedTableNamesItsSourceAndKnowsTheRateOfJuly2025() {
    BaseRates shipped = BaseRates.shipped();
    assertThat(shipped.on(LocalDate.of(2025, 9, 1))).contains(new BigDecimal("1.27"));
    assertThat(shipped.on(LocalDate.of(2025, 3, 1))).contains(new BigDecimal("2.27"));
    assertThat(shipped.on(LocalDate.of(2020, 1, 1))).isEmpty();
  }
}
