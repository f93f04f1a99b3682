package org.dangjian.io.roster.internal.xlsx;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.organization.Organization;
import org.dangjian.io.ExportOptions;
import org.dangjian.io.Privacy;
import org.dangjian.io.Roster;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.roster.MemberColumn;
import org.dangjian.io.roster.RosterColumn;
import org.dangjian.io.roster.internal.FormulaCells;
import org.dangjian.io.roster.internal.RosterHeaders;

/**
 * One roster in the office layout ({@link org.dangjian.io.RosterLayout#OFFICE}) for the CSV and
 * XLSX writers. Its header depends on every record (each extra attribute becomes a column) and its
 * 所在支部 cells on the organizations of the export, so rows are spilled to a private temporary file
 * ({@link SpilledRows}, deleted on close) with their extras as label–value pairs after the fixed
 * cells, and written when the export closes: the title, the header (序号, the Chinese headers with
 * 所在支部 for the organization, the extras' labels in order of first appearance), then each row with
 * its number, the organization's name when exactly one organization of the export has its id and
 * that name, and its extras in their columns.
 */
public final class OfficeSheet implements Closeable {

  /** The header of the row-number column. */
  public static final String ROW_NUMBER = "序号";

  /** The header of a member's organization, by name, in the office layout. */
  public static final String ORGANIZATION = "所在支部";

  private final Roster roster;
  private final Privacy privacy;
  private final String title;
  private final SpilledRows spilled;
  private final List<RosterColumn> columns;
  private final Map<String, Integer> extras = new LinkedHashMap<>();

  /** The names of the organizations of one export by id, with ids of ambiguous names dropped. */
  public static final class Names {
    private final Map<String, String> byId = new HashMap<>();
    private final Map<String, Integer> uses = new HashMap<>();

    /** Records {@code organization}. */
    public void add(Organization organization) {
      byId.put(organization.id(), organization.name());
      uses.merge(organization.name(), 1, Integer::sum);
    }

    /** The name of organization {@code id} when one organization of the export has that name. */
    Optional<String> name(String id) {
      String name = byId.get(id);
      return name != null && uses.get(name) == 1 ? Optional.of(name) : Optional.empty();
    }
  }

  /** The office sheet of {@code roster} as {@code options} write it. */
  public OfficeSheet(Roster roster, ExportOptions options) {
    this.roster = roster;
    this.privacy = options.privacy();
    this.title = options.title().filter(t -> !t.isBlank()).orElse(roster.label());
    this.spilled =
        new SpilledRows("dangjian-office-" + roster.name().toLowerCase(Locale.ROOT) + "-");
    this.columns = RosterHeaders.columns(roster);
  }

  /** The number of rows appended. */
  public int size() {
    return spilled.size();
  }

  /** The title row's text. */
  public String title() {
    return FormulaCells.neutralize(title);
  }

  /** Appends a record's cells (as {@code RosterCells} makes them) and its extra attributes. */
  public void append(List<Object> cells, Map<String, String> recordExtras) throws IOException {
    List<Object> row = new ArrayList<>(cells);
    for (Map.Entry<String, String> extra : recordExtras.entrySet()) {
      extras.computeIfAbsent(extra.getKey(), label -> extras.size());
      row.add(extra.getKey());
      row.add(PersonalData.freeText(extra.getValue(), privacy));
    }
    spilled.append(row);
  }

  /** The header row, text neutralized: 序号, the columns' headers, the extras' labels. */
  public List<Object> header() {
    List<Object> header = new ArrayList<>();
    header.add(ROW_NUMBER);
    for (RosterColumn column : columns) {
      header.add(column == MemberColumn.ORGANIZATION_ID ? ORGANIZATION : column.header());
    }
    for (String label : extras.keySet()) {
      header.add(FormulaCells.neutralize(PersonalData.freeText(label, privacy)));
    }
    return header;
  }

  /**
   * Hands every row to {@code sink}, text neutralized: its number (an Integer from 1), its cells
   * with the organization named through {@code names}, its extras in their columns.
   */
  public void replay(Names names, SpilledRows.RowSink sink) throws IOException {
    int organization =
        roster == Roster.MEMBERS ? columns.indexOf(MemberColumn.ORGANIZATION_ID) : -1;
    int[] number = {0};
    spilled.replay(
        encoded -> {
          Object[] row = new Object[1 + columns.size() + extras.size()];
          row[0] = ++number[0];
          for (int c = 0; c < columns.size(); c++) {
            row[1 + c] = encoded.get(c);
          }
          if (organization >= 0 && encoded.get(organization) instanceof String id) {
            Optional<String> name = names.name(FormulaCells.unneutralize(id));
            if (name.isPresent()) {
              row[1 + organization] =
                  FormulaCells.neutralize(PersonalData.freeText(name.get(), privacy));
            }
          }
          for (int e = columns.size(); e + 1 < encoded.size(); e += 2) {
            Object label = encoded.get(e);
            Integer at =
                extras.get(label == null ? "" : FormulaCells.unneutralize(label.toString()));
            if (at != null) {
              row[1 + columns.size() + at] = encoded.get(e + 1);
            }
          }
          sink.row(java.util.Arrays.asList(row));
        });
  }

  @Override
  public void close() throws IOException {
    spilled.close();
  }
}
