package org.dangjian.io.roster.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.link.MentionLinker;
import org.dangjian.core.organization.Organization;
import org.dangjian.core.organization.OrganizationKind;
import org.dangjian.io.spi.ReadContext;

/**
 * The organizations of the rosters read from one file, and of the files read before it in the same
 * import ({@link ReadContext#organizationNames()}), by id and by name, for member rows that name
 * their organization (所在支部 {@code 第一党支部}) instead of giving its id. A name resolves to the
 * organization with that id, that exact name, that short name ({@link MentionLinker#shortName}), or
 * that name once the words offices drop are dropped on both sides ({@code 一支部} for {@code 第一党支部}:
 * 中共, 第, 党, 委员会, spaces). When the file holds no organization roster, {@link #placeholder} gives
 * the organization to create for a name.
 */
public final class OrganizationNames {

  private final Set<String> ids = new LinkedHashSet<>();
  private final Map<String, List<String>> byName = new HashMap<>();
  private final Map<String, List<String>> byKey = new HashMap<>();
  private final Map<String, String> placeholders = new HashMap<>();

  /** The outcome of resolving a name. */
  public sealed interface Resolution {}

  /** The name names exactly one organization. */
  public record Found(String id) implements Resolution {}

  /** The name names several organizations, listed as {@code name (id)}. */
  public record Ambiguous(List<String> candidates) implements Resolution {}

  /** The name names none of the organizations read. */
  public record NotFound() implements Resolution {}

  /** True when an organization roster was read (at least one organization). */
  public boolean hasOrganizations() {
    return !ids.isEmpty();
  }

  /**
   * The organizations {@code context} accepted before this file (from other files of the same
   * import, such as an organization roster named before a member roster), to which the file's own
   * are added as they are read.
   */
  public static OrganizationNames of(ReadContext context) {
    OrganizationNames names = new OrganizationNames();
    context.organizationNames().forEach(names::add);
    return names;
  }

  /** Records an organization read from an organization roster. */
  public void add(Organization organization) {
    add(organization.id(), organization.name());
  }

  private void add(String id, String name) {
    ids.add(id);
    String label = name + " (" + id + ")";
    byName.computeIfAbsent(name.strip(), k -> new ArrayList<>()).add(label);
    byName
        .computeIfAbsent(MentionLinker.shortName(name.strip()), k -> new ArrayList<>())
        .add(label);
    byKey.computeIfAbsent(key(name), k -> new ArrayList<>()).add(label);
  }

  /** Resolves {@code text}, an organization's id or name. */
  public Resolution resolve(String text) {
    String name = text.strip();
    if (ids.contains(name)) {
      return new Found(name);
    }
    List<String> found = byName.get(name);
    if (found == null) {
      found = byKey.get(key(name));
    }
    if (found != null) {
      List<String> distinct = found.stream().distinct().toList();
      return distinct.size() == 1 ? new Found(idOf(distinct.get(0))) : new Ambiguous(distinct);
    }
    return new NotFound();
  }

  /**
   * The placeholder organization for {@code name}: new (to be emitted) the first time a name is
   * seen, null when it was created before; its id is {@link RecordIds#organization(String)}.
   */
  public Organization placeholder(String name) {
    String stripped = name.strip();
    if (placeholders.containsKey(stripped)) {
      return null;
    }
    String id = RecordIds.organization(stripped);
    placeholders.put(stripped, id);
    OrganizationKind kind =
        stripped.contains("联合") ? OrganizationKind.JOINT_BRANCH : OrganizationKind.BRANCH;
    return Organization.builder()
        .id(id)
        .name(stripped)
        .kind(kind)
        .putExtra(Organization.PLACEHOLDER, "由党员名册中的组织名称生成")
        .build();
  }

  /** The placeholder id of {@code name}, once {@link #placeholder} has created it. */
  public String placeholderId(String name) {
    return placeholders.get(name.strip());
  }

  private static String idOf(String label) {
    return label.substring(label.lastIndexOf(" (") + 2, label.length() - 1);
  }

  /** The name without what offices drop when they shorten it. */
  static String key(String name) {
    String key = name.strip().replaceAll("\\s+", "");
    if (key.startsWith("中共")) {
      key = key.substring(2);
    }
    return key.replace("委员会", "").replace("第", "").replace("党", "");
  }
}
