package org.dangjian.validation.internal.rules;

import java.util.Arrays;
import java.util.function.IntToLongFunction;

/**
 * The 64-bit hashes of every member's id, sorted, each with the index of its member: made once when
 * the run has ended, from the run's record ids (so that they take no memory while records stream
 * in), 12 bytes per member with the members' indexes, 8 without them. Members with equal hashes
 * (the same id twice) are in the order of their indexes, so the first of a run of equal hashes is
 * the first member with that id.
 */
final class MemberHashes {

  private final long[] hashes;
  private final int[] members;

  private MemberHashes(long[] hashes, int[] members) {
    this.hashes = hashes;
    this.members = members;
  }

  /**
   * The sorted hashes of members {@code 0 .. n-1}, {@code hashOf} giving each one's hash; with the
   * member of each hash when {@code withMembers}, else only the hashes (8 bytes per member).
   */
  static MemberHashes of(int n, IntToLongFunction hashOf, boolean withMembers) {
    if (!withMembers) {
      long[] hashes = new long[n];
      for (int i = 0; i < n; i++) {
        hashes[i] = hashOf.applyAsLong(i);
      }
      Arrays.sort(hashes);
      return new MemberHashes(hashes, null);
    }
    long[] hashes = new long[n];
    int[] members = new int[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = hashOf.applyAsLong(i);
      members[i] = i;
    }
    DevelopmentReferences.sortByKey(hashes, members, n);
    for (int i = 0; i < n; ) {
      int end = i + 1;
      while (end < n && hashes[end] == hashes[i]) {
        end++;
      }
      if (end - i > 1) {
        Arrays.sort(members, i, end);
      }
      i = end;
    }
    return new MemberHashes(hashes, members);
  }

  /** True when the members of the hashes are kept ({@link #memberAt}). */
  boolean hasMembers() {
    return members != null;
  }

  /** The same hashes without their members, which take 4 bytes per member. */
  MemberHashes withoutMembers() {
    return new MemberHashes(hashes, null);
  }

  /** The number of members. */
  int size() {
    return hashes.length;
  }

  /** The sorted hashes (not to be changed). */
  long[] sorted() {
    return hashes;
  }

  /** The first position of {@code hash} in the sorted order, or -1. */
  int find(long hash) {
    return DevelopmentReferences.find(hashes, hashes.length, hash);
  }

  /** True when some member's id has this hash. */
  boolean contains(long hash) {
    return find(hash) >= 0;
  }

  /** The hash at sorted position {@code p}. */
  long hashAt(int p) {
    return hashes[p];
  }

  /** The member index at sorted position {@code p}; only when {@link #hasMembers()}. */
  int memberAt(int p) {
    if (members == null) {
      throw new IllegalStateException("the members of the hashes were not kept");
    }
    return members[p];
  }
}
