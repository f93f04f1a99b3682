package org.dangjian.io.bulletin.internal.markdown;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.DataFormat;
import org.dangjian.io.bulletin.internal.text.TextBulletinReader;
import org.dangjian.io.internal.TextInput;
import org.dangjian.io.spi.FormatReader;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * Reads Markdown bulletins in the layout of docs/bulletin-markdown.md, as {@link
 * MarkdownBulletinWriter} writes them or as a person edited them. The text (UTF-8 with or without
 * byte-order mark, or the encoding the options name, decoded by io's {@link TextInput}) is cut into
 * bulletins at each level 1 heading {@code # } that starts a line outside fenced code (a heading
 * the cut misses still opens a bulletin when the piece is assembled), so that memory holds one
 * bulletin at a time; each piece is parsed with commonmark-java (GFM tables, source spans) and
 * assembled by {@link BulletinAssembler}, which reports what it cannot place with its line. A
 * bulletin longer than {@code maxRecordSize} characters, or bytes that do not decode, end the file
 * with {@code IO-LIMIT} or {@code IO-ENCODING}. Markdown that does not use this layout (no {@code -
 * 期别：} entry, statistics table or machine-data comment in its first 64 KiB), as PDF-to-Markdown
 * converters make it or as a person types the printed issue, is read by the tolerant layout engine
 * of plain text ({@link TextBulletinReader}), which removes the markup.
 */
public final class MarkdownBulletinReader implements FormatReader {

  private static final Pattern LEVEL_ONE = Pattern.compile("#(?:[ \\t].*)?");
  private static final Pattern CR = Pattern.compile("\r\n?|\r");
  private static final int PEEK = 1 << 16;
  private static final Pattern OWN_LAYOUT =
      Pattern.compile(
          "(?m)^[ \\t]{0,3}[-*+][ \\t]+(?:期别|期号|总期号|出版日期|编制单位|编制说明|日期|组织|人物|截至|责任单位)\\s*[：:]"
              + "|\\|\\s*指标\\s*\\|\\s*数值\\s*\\|"
              + "|<!--\\s*(?:id|date|kind|printed|figure)=");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

  @Override
  public DataFormat format() {
    return DataFormat.MARKDOWN;
  }

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, PEEK);
    if (!isLayoutOfThisFormat(buffered)) {
      // Markdown from a converter or written by hand like the printed issue: the tolerant engine
      // of plain text, which removes the markup, reads it
      new TextBulletinReader().read(buffered, source, context);
      return;
    }
    readLossless(buffered, source, context);
  }

  /**
   * True when the first {@value #PEEK} bytes show this format's own layout (a field-list entry such
   * as {@code - 期别：}, the statistics table's header or a machine-data comment), or no text at all;
   * false for Markdown that only looks like the printed issue.
   */
  private static boolean isLayoutOfThisFormat(BufferedInputStream in) throws IOException {
    in.mark(PEEK);
    byte[] head = in.readNBytes(PEEK);
    in.reset();
    String text = new String(head, StandardCharsets.UTF_8);
    return text.isBlank() || OWN_LAYOUT.matcher(text).find();
  }

  private void readLossless(InputStream in, String source, ReadContext context) throws IOException {
    // Markdown is UTF-8 unless the options name an encoding: no GB18030 detection here, so the
    // charset is always given to the shared decoder, which then uses it as it is.
    Charset charset = context.options().charset().orElse(StandardCharsets.UTF_8);
    int maxChars = context.options().limits().maxRecordSize();
    BulletinAssembler assembler = new BulletinAssembler(source, context);
    int maxLine = (int) Math.min(Integer.MAX_VALUE - 16, 4L * maxChars);
    List<String> chunk = new ArrayList<>();
    int chunkStart = 1;
    long chunkChars = 0;
    String fence = null;
    int number = 0;
    String text;
    try {
      CharLines lines = new CharLines(new TextInput(in, Optional.of(charset)), maxLine);
      while ((text = lines.next()) != null) {
        int length = text.length();
        if (text.endsWith("\r")) {
          text = text.substring(0, text.length() - 1);
        }
        // CommonMark also ends a line at a lone carriage return
        for (String line : text.indexOf('\r') < 0 ? new String[] {text} : CR.split(text, -1)) {
          number++;
          if (fence == null && LEVEL_ONE.matcher(line).matches() && !chunk.isEmpty()) {
            assembler.document(chunk, chunkStart);
            if (context.shouldStop()) {
              context.stoppedEarly();
              return;
            }
            chunk = new ArrayList<>();
            chunkStart = number;
            chunkChars = 0;
          }
          fence = fence(line, fence);
          chunk.add(line);
          chunkChars += line.length() + 1L;
          if (chunkChars > maxChars || length > maxLine) {
            context.problem(
                InputProblem.LIMIT,
                Location.builder()
                    .source(source)
                    .recordKind(RecordKind.BULLETIN)
                    .recordIndex(assembler.bulletinsSeen())
                    .line(chunkStart)
                    .build(),
                "",
                Map.of(
                    "limit",
                    "maxRecordSize",
                    "max",
                    Integer.toString(maxChars),
                    "actual",
                    "> " + maxChars));
            context.stoppedEarly();
            return;
          }
        }
      }
    } catch (TextInput.EncodingException e) {
      // the line of the bad byte as this reader counts lines (lone carriage returns included):
      // the lines before it were handed on, the line itself was not
      context.problem(
          InputProblem.ENCODING,
          Location.builder().source(source).line(number + 1).build(),
          "",
          Map.of("detail", charset.name()));
      context.stoppedEarly();
      return;
    }
    assembler.document(chunk, chunkStart);
  }

  /**
   * The lines of the decoded text, split at {@code \n} (a carriage return before it is kept), so
   * that a line is handed on only when all its bytes decoded and undecodable bytes are reported on
   * their own line. A line is read up to one character past {@code max}, so that a line without end
   * cannot fill memory.
   */
  private static final class CharLines {
    private final Reader in;
    private final int max;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder(128);
    private int position;
    private int limit;
    private boolean eof;

    CharLines(Reader in, int max) {
      this.in = in;
      this.max = max;
    }

    String next() throws IOException {
      line.setLength(0);
      while (true) {
        if (position == limit) {
          if (eof) {
            return line.length() > 0 ? line.toString() : null;
          }
          limit = in.read(buffer, 0, buffer.length);
          position = 0;
          if (limit < 0) {
            limit = 0;
            eof = true;
            continue;
          }
        }
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        line.append(buffer, start, Math.min(position - start, max + 1 - line.length()));
        if (position < limit) {
          position++;
          return line.toString();
        }
        if (line.length() > max) {
          return line.toString();
        }
      }
    }
  }

  /** The fence open after {@code line}, given the one open before it (null for none). */
  private static String fence(String line, String open) {
    Matcher matcher = FENCE.matcher(line);
    if (!matcher.matches()) {
      return open;
    }
    String marker = matcher.group(1);
    if (open == null) {
      return marker.charAt(0) == '`'
              && line.indexOf('`', line.indexOf(marker) + marker.length()) >= 0
          ? null
          : marker;
    }
    boolean closes =
        marker.charAt(0) == open.charAt(0)
            && marker.length() >= open.length()
            && line.strip().length() == marker.length();
    return closes ? null : open;
  }
}
