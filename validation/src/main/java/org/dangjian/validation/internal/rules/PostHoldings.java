package org.dangjian.validation.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.PostHolding;
import org.dangjian.core.organization.PostKind;

/**
 * The post holdings that name a member, of every organization a run took, for the checks that
 * resolve them once the stream has ended (the holder is a member of the dataset, a full member when
 * the post began): per holding the hash of the member id, the organization's record index, the
 * position among its posts, the post, the first day and whether it is a current committee seat,
 * about 28 bytes plus the id's UTF-8 bytes.
 */
final class PostHoldings {

  private final LongList hashes = new LongList();
  private final IntList organizations = new IntList();
  private final IntList positions = new IntList();
  private final List<PostKind> kinds = new ArrayList<>();
  private final BitSet currentSeats = new BitSet();
  private final IntList from = new IntList();
  private final TextPool ids = new TextPool();

  /**
   * Takes the holdings with a member id of organization {@code o}, record {@code index}; {@code
   * electsNow} when it elects its committee and exists on the reference date {@code asOf}.
   */
  void add(Organization o, int index, boolean electsNow, LocalDate asOf) {
    List<PostHolding> posts = o.posts();
    for (int p = 0; p < posts.size(); p++) {
      PostHolding post = posts.get(p);
      if (post.memberId().isEmpty()) {
        continue;
      }
      boolean seat = electsNow && post.post().isCommitteeSeat() && post.heldOn(asOf);
      hashes.add(StructureIndex.hash(post.memberId().get()));
      organizations.add(index);
      positions.add(p);
      currentSeats.set(kinds.size(), seat);
      kinds.add(post.post());
      from.add(StructureIndex.day(post.from()));
      ids.add(post.memberId().get());
    }
  }

  /** The number of post holdings with a member id. */
  int count() {
    return hashes.size();
  }

  /** The hash of the member id of holding {@code k}. */
  long hash(int k) {
    return hashes.get(k);
  }

  /** The member id of holding {@code k}. */
  String memberId(int k) {
    return ids.get(k);
  }

  /** The record index of the organization of holding {@code k}. */
  int organization(int k) {
    return organizations.get(k);
  }

  /** The position of holding {@code k} in its organization's posts. */
  int position(int k) {
    return positions.get(k);
  }

  /** The post of holding {@code k}. */
  PostKind kind(int k) {
    return kinds.get(k);
  }

  /** The first day of holding {@code k}. */
  int from(int k) {
    return from.get(k);
  }

  /**
   * True when holding {@code k} is a committee seat held on the reference date in an organization
   * that elects its committee and exists then.
   */
  boolean isCurrentSeat(int k) {
    return currentSeats.get(k);
  }
}
