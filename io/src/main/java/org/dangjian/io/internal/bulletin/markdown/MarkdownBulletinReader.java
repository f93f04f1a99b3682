package org.dangjian.io.internal.bulletin.markdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.io.internal.FormatReader;
import org.dangjian.io.internal.ReadContext;
import org.dangjian.validation.InputProblem;
import org.dangjian.validation.report.Location;
import org.dangjian.validation.rule.RecordType;

/**
 * Reads Markdown bulletins in the layout of docs/bulletin-markdown.md, as {@link
 * MarkdownBulletinWriter} writes them or as a person edited them. The text (UTF-8 with or without
 * byte-order mark, or the encoding the options name) is cut into bulletins at each level 1 heading
 * {@code # } outside fenced code, so that memory holds one bulletin at a time; each piece is parsed
 * with commonmark-java (GFM tables, source spans) and assembled by {@link BulletinAssembler}, which
 * reports what it cannot place with its line. A bulletin longer than {@code maxRecordSize}
 * characters, or bytes that do not decode, end the file with {@code IO-LIMIT} or {@code
 * IO-ENCODING}.
 */
public final class MarkdownBulletinReader implements FormatReader {

  private static final Pattern LEVEL_ONE = Pattern.compile(" {0,3}#(?:[ \\t].*)?");
  private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");

  @Override
  public void read(InputStream in, String source, ReadContext context) throws IOException {
    Charset charset = context.options().charset().orElse(StandardCharsets.UTF_8);
    BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(
                in,
                charset
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16);
    int maxChars = context.options().limits().maxRecordSize();
    BulletinAssembler assembler = new BulletinAssembler(source, context);
    List<String> chunk = new ArrayList<>();
    int chunkStart = 1;
    long chunkChars = 0;
    String fence = null;
    int number = 0;
    try {
      String line;
      while ((line = lines.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
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
        if (chunkChars > maxChars) {
          context.problem(
              InputProblem.LIMIT,
              Location.builder()
                  .source(source)
                  .recordType(RecordType.BULLETIN)
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
    } catch (CharacterCodingException e) {
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
