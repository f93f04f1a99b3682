package org.dangjian.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.dangjian.core.code.Gender;
import org.junit.jupiter.api.Test;

/**
 * The mask of a resident ID number must not let anyone rebuild the number from the other fields of
 * a member record, which always include the birth date and the gender. These tests play the
 * attacker: they fill the birth date into the masked text, try every value of every other hidden
 * character (digits, and {@code 0}–{@code 9} or {@code X} for the check character), keep the gender
 * digit's parity, and count the numbers that pass the checksum.
 */
class ResidentIdMaskTest {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final String CHECK_ALPHABET = "0123456789X";

  @Test
  void maskLeavesAtLeastTenThousandCandidatesGivenBirthDateAndGender() {
    String[] numbers = {"11010519491231002X", "440524188001010014", "310115200002290021"};
    for (String number : numbers) {
      ResidentIdNumber id = ResidentIdNumber.parse(number).orElseThrow();
      long candidates = candidates(id.masked(), id.birthDate(), id.gender());
      assertThat(candidates).as(id.masked()).isGreaterThanOrEqualTo(10_000L);
      // 4 hidden address digits, 2 sequence digits, 5 digits of the right parity; the check
      // character then follows.
      assertThat(candidates).isEqualTo(5_000_000L);
    }
  }

  @Test
  void theUsualSixPlusFourMaskWouldGiveTheNumberBack() {
    // The counter itself is sound: with the 6+4 mask only the true number remains.
    String number = "11010519491231002X";
    String sixPlusFour = number.substring(0, 6) + "********" + number.substring(14);
    assertThat(candidates(sixPlusFour, LocalDate.of(1949, 12, 31), Gender.FEMALE)).isEqualTo(1L);
  }

  private static long candidates(String masked, LocalDate birthDate, Gender gender) {
    assertThat(masked).hasSize(ResidentIdNumber.LENGTH);
    char[] template = masked.toCharArray();
    String date =
        String.format(
            Locale.ROOT,
            "%04d%02d%02d",
            birthDate.getYear(),
            birthDate.getMonthValue(),
            birthDate.getDayOfMonth());
    for (int i = 0; i < 8; i++) {
      char known = date.charAt(i);
      assertThat(template[6 + i]).isIn('*', known);
      template[6 + i] = known;
    }
    return count(template, 0, 0, gender);
  }

  private static long count(char[] template, int position, int sum, Gender gender) {
    if (position == ResidentIdNumber.LENGTH - 1) {
      char expected = CHECK_CHARACTERS.charAt(sum % 11);
      if (template[position] != '*') {
        return template[position] == expected ? 1 : 0;
      }
      long matches = 0;
      for (int k = 0; k < CHECK_ALPHABET.length(); k++) {
        if (CHECK_ALPHABET.charAt(k) == expected) {
          matches++;
        }
      }
      return matches;
    }
    if (template[position] != '*') {
      int digit = template[position] - '0';
      if (position == 16 && !parityMatches(digit, gender)) {
        return 0;
      }
      return count(template, position + 1, sum + digit * WEIGHTS[position], gender);
    }
    long total = 0;
    for (int digit = 0; digit <= 9; digit++) {
      if (position == 16 && !parityMatches(digit, gender)) {
        continue;
      }
      total += count(template, position + 1, sum + digit * WEIGHTS[position], gender);
    }
    return total;
  }

  private static boolean parityMatches(int digit, Gender gender) {
    return (digit % 2 == 1) == (gender == Gender.MALE);
  }
}
