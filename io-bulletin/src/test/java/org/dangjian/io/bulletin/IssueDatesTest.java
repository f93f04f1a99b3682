package org.dangjian.io.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.io.bulletin.internal.IssueDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Month-and-day dates resolved against the issue's period. */
class IssueDatesTest {

  @ParameterizedTest
  @CsvSource({
    "2024-01, 1, 13, 2024-01-13",
    "2024-01, 2, 29, 2024-02-29", // the month after the period, in a leap year
    "2024-01, 3, 1, 2023-03-01", // later than the month after: the year before
    "2024-01, 12, 28, 2023-12-28",
    "2024-12, 1, 5, 2025-01-05", // the December issue reports early January
    "2024-12, 12, 31, 2024-12-31",
    "2023-01, 2, 28, 2023-02-28",
  })
  void theLatestDateNotAfterTheEndOfTheNextMonth(
      String period, int month, int day, String expected) {
    assertThat(IssueDates.resolve(month, day, YearMonth.parse(period)))
        .contains(LocalDate.parse(expected));
  }

  @ParameterizedTest
  @CsvSource({"2024-01, 2, 30", "2024-01, 13, 1", "2024-01, 4, 31", "2023-01, 2, 29"})
  void impossibleDatesResolveToNothing(String period, int month, int day) {
    assertThat(IssueDates.resolve(month, day, YearMonth.parse(period))).isEmpty();
  }

  @Test
  void theFirstDateOfATextAsPrintedWithItsOffset() {
    var found = IssueDates.first("会议于１月１３日至15日召开", YearMonth.of(2024, 1)).orElseThrow();
    assertThat(found.text()).isEqualTo("１月１３日");
    assertThat(found.start()).isEqualTo(3);
    assertThat(found.date()).contains(LocalDate.of(2024, 1, 13));
  }

  @Test
  void aDateWithItsYearIsTakenAsPrinted() {
    var found = IssueDates.first("1935年1月15日，遵义会议召开", YearMonth.of(2024, 1)).orElseThrow();
    assertThat(found.text()).isEqualTo("1935年1月15日");
    assertThat(found.date()).contains(LocalDate.of(1935, 1, 15));
  }

  @Test
  void aYearAndMonthWithoutDayIsNoDate() {
    assertThat(IssueDates.first("1921年7月，中共一大召开", YearMonth.of(2024, 1)))
        .isEqualTo(Optional.empty());
  }
}
