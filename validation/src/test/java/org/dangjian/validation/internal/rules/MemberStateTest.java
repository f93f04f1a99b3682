package org.dangjian.validation.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact per-member state of the dataset checks answers like plain arrays: {@link CharBlocks}
 * and {@link IdNumberKeys} filled in order, with gaps and out of order across many block
 * boundaries, read back in order, in reverse and shuffled (every ID number comes back digit for
 * digit, also those kept whole); {@link MemberHashes} finds every hash with the first member that
 * has it, and no hash it was not given.
 */
class MemberStateTest {

  private static final int N = 5 * CharBlocks.BLOCK + 17;

  @Test
  void charBlocksGrowAcrossBlockBoundariesLikeAnArray() {
    Random random = new Random(16);
    CharBlocks appended = new CharBlocks(Character.MAX_VALUE);
    CharBlocks shuffled = new CharBlocks(Character.MAX_VALUE);
    char[] expected = new char[N];
    for (int i = 0; i < N; i++) {
      expected[i] = (char) random.nextInt(Character.MAX_VALUE);
      appended.add(expected[i]);
    }
    List<Integer> order = positions(N, random);
    for (int i : order) {
      shuffled.set(i, expected[i]);
      assertThat(shuffled.get(i)).isEqualTo(expected[i]);
    }
    assertThat(appended.size()).isEqualTo(N).isEqualTo(shuffled.size());
    for (List<Integer> reads : readOrders(random)) {
      for (int i : reads) {
        assertThat(appended.get(i)).isEqualTo(expected[i]);
        assertThat(shuffled.get(i)).isEqualTo(expected[i]);
      }
    }
    assertThat(appended.get(N)).isEqualTo(Character.MAX_VALUE);
    assertThat(appended.get(100 * CharBlocks.BLOCK)).isEqualTo(Character.MAX_VALUE);
  }

  @Test
  void positionsNeverSetReadAsAbsentEvenInsideFilledBlocks() {
    CharBlocks gaps = new CharBlocks((char) 7);
    gaps.set(3 * CharBlocks.BLOCK + 5, 'x');
    gaps.set(1, 'y');
    assertThat(gaps.size()).isEqualTo(3 * CharBlocks.BLOCK + 6);
    assertThat(gaps.get(0)).isEqualTo((char) 7);
    assertThat(gaps.get(1)).isEqualTo('y');
    assertThat(gaps.get(CharBlocks.BLOCK + 1)).isEqualTo((char) 7);
    assertThat(gaps.get(3 * CharBlocks.BLOCK + 4)).isEqualTo((char) 7);
    assertThat(gaps.get(3 * CharBlocks.BLOCK + 5)).isEqualTo('x');
  }

  @Test
  void idNumberKeysGiveBackEveryNumberAndMatchEqualOnes() {
    Random random = new Random(17);
    int n = 3 * CharBlocks.BLOCK + 11;
    IdNumberKeys keys = new IdNumberKeys();
    String[] digits = new String[n];
    for (int i = 0; i < n; i++) {
      digits[i] = i % 3 == 2 ? null : someDigits(random, i);
    }
    digits[7] = "00000019900101123"; // region 000000: kept whole
    digits[8] = "11010526000101123"; // born after 2517: kept whole
    digits[9] = "11010519000230123"; // no such day: kept whole
    digits[10] = digits[4]; // the same number twice
    digits[13] = "99999918000101999";
    for (int i : positions(n, random)) {
      if (digits[i] != null) {
        keys.set(i, digits[i]);
      }
    }
    for (List<Integer> reads : readOrders(random, n)) {
      for (int i : reads) {
        long key = keys.key(i);
        if (digits[i] == null) {
          assertThat(key).as("member %d has no number", i).isZero();
        } else {
          assertThat(key).isNotZero();
          assertThat(IdNumberKeys.digits(key)).isEqualTo(digits[i]);
        }
      }
    }
    assertThat(keys.key(10)).isEqualTo(keys.key(4));
    assertThat(keys.key(7)).isNegative();
    assertThat(keys.key(13)).isPositive();
    java.util.Map<Long, String> byKey = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      if (digits[i] != null) {
        String before = byKey.put(keys.key(i), digits[i]);
        assertThat(before).isIn(null, digits[i]);
      }
    }
    assertThat(keys.key(n + CharBlocks.BLOCK)).isZero();
  }

  private static String someDigits(Random random, int i) {
    java.time.LocalDate birth = java.time.LocalDate.of(1900, 1, 1).plusDays(random.nextInt(45_000));
    return String.format(
        java.util.Locale.ROOT,
        "%06d%s%03d",
        110_000 + random.nextInt(800_000),
        birth.toString().replace("-", ""),
        i % 1000);
  }

  @Test
  void memberHashesFindTheFirstMemberOfEveryHash() {
    Random random = new Random(18);
    int n = 20_000;
    long[] hashes = new long[n];
    for (int i = 0; i < n; i++) {
      // every tenth member repeats the hash of an earlier one, as a duplicated id would
      hashes[i] = i > 0 && i % 10 == 0 ? hashes[random.nextInt(i)] : random.nextLong();
    }
    MemberHashes sorted = MemberHashes.of(n, i -> hashes[i], true);
    long[] expected = hashes.clone();
    Arrays.sort(expected);
    assertThat(sorted.sorted()).containsExactly(expected);
    assertThat(sorted.size()).isEqualTo(n);
    MemberHashes bare = MemberHashes.of(n, i -> hashes[i], false);
    assertThat(bare.hasMembers()).isFalse();
    assertThat(bare.sorted()).containsExactly(expected);
    MemberHashes forgotten = sorted.withoutMembers();
    assertThat(forgotten.hasMembers()).isFalse();
    assertThat(forgotten.sorted()).isSameAs(sorted.sorted());
    assertThatThrownBy(() -> forgotten.memberAt(0)).isInstanceOf(IllegalStateException.class);
    for (int i : positions(n, random)) {
      int at = sorted.find(hashes[i]);
      assertThat(at).isNotNegative();
      assertThat(sorted.hashAt(at)).isEqualTo(hashes[i]);
      int first = firstIndexOf(hashes, hashes[i]);
      assertThat(sorted.memberAt(at)).isEqualTo(first);
      List<Integer> members = new ArrayList<>();
      for (int p = at; p < n && sorted.hashAt(p) == hashes[i]; p++) {
        members.add(sorted.memberAt(p));
      }
      assertThat(members).isSorted().contains(i);
    }
    for (int k = 0; k < 1_000; k++) {
      long absent = random.nextLong();
      assertThat(sorted.contains(absent)).isEqualTo(firstIndexOf(hashes, absent) >= 0);
    }
  }

  private static int firstIndexOf(long[] values, long value) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == value) {
        return i;
      }
    }
    return -1;
  }

  private static List<Integer> positions(int n, Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    return order;
  }

  private static List<List<Integer>> readOrders(Random random) {
    return readOrders(random, N);
  }

  private static List<List<Integer>> readOrders(Random random, int n) {
    List<Integer> ordered = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ordered.add(i);
    }
    List<Integer> reversed = new ArrayList<>(ordered);
    Collections.reverse(reversed);
    return List.of(ordered, reversed, positions(n, random));
  }
}
