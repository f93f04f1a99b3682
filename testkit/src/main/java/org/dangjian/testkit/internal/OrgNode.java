package org.dangjian.testkit.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.member.MemberStage;
import org.dangjian.core.organization.OrganizationKind;

/**
 * An organization being generated: its place in the tree (index, parent, children), names, host
 * company, the committee it reports to, founding date, the people planned into it (members and
 * development pipeline) with their counts, the number of branch committee seats and, for a
 * committee, its secretary; plus queries over its people shared by the organization and activity
 * parts.
 */
final class OrgNode {
  final int index;
  final String id;
  final OrganizationKind kind;
  final int parent;
  String name;
  String label;
  String company;
  int committee;
  LocalDate founded;
  final List<Integer> children = new ArrayList<>();
  final List<Person> people = new ArrayList<>();
  final List<Person> pipeline = new ArrayList<>();
  int fullCount;
  int probationaryCount;
  int seats;
  Person secretary;

  OrgNode(int index, OrganizationKind kind, int parent) {
    this.index = index;
    this.id = String.format(Locale.ROOT, "org-%04d", index + 1);
    this.kind = kind;
    this.parent = parent;
  }

  /** The veteran members of this branch, in planning order. */
  List<Person> veterans() {
    List<Person> out = new ArrayList<>();
    for (Person p : people) {
      if (p.veteran) {
        out.add(p);
      }
    }
    return out;
  }

  /** The full members of this branch sorted by the date they became full, then by id. */
  List<Person> fullMembersByDate() {
    List<Person> full = new ArrayList<>();
    for (Person p : people) {
      if (p.stage == MemberStage.FULL) {
        full.add(p);
      }
    }
    full.sort(Comparator.comparing(Person::fullFrom).thenComparing(p -> p.id));
    return full;
  }
}
