package org.dangjian.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The characters of a text file whose encoding is UTF-8 (with or without byte-order mark) or
 * GB18030, as Excel in China writes CSV. ASCII reads the same in both, so the encoding is decided
 * at the first non-ASCII byte: the next 64 KiB are tried as strict UTF-8, then as strict GB18030
 * (the JDK's decoders). Bytes that neither decodes, a UTF-16 byte-order mark, or later bytes
 * invalid in the chosen encoding end the input with an {@link EncodingException} naming the line. A
 * charset given by the caller is used as it is (a UTF-8 byte-order mark is still skipped). The one
 * decoder of the text formats: the CSV roster and plain-text bulletin readers let it detect the
 * encoding, and the Markdown bulletin reader gives it UTF-8 (or the charset of the options), since
 * its layout is UTF-8; the JSON and JSON Lines readers do not use it, because JSON is UTF-8 by its
 * specification (RFC 8259) and their own {@code json.Utf8Reader} also reports columns and keeps the
 * text of a rejected record.
 */
public final class TextInput extends Reader {

  private static final int WINDOW = 1 << 16;
  private static final Charset GB18030 = Charset.forName("GB18030");

  private final InputStream in;
  private final ByteBuffer bytes = ByteBuffer.allocate(WINDOW);
  private CharsetDecoder decoder;
  private boolean eof;
  private boolean done;
  private EncodingException pending;
  private long newlines;

  /** Raised when the bytes are not text in a supported encoding. */
  public static final class EncodingException extends IOException {
    private static final long serialVersionUID = 1L;
    private final long line;

    EncodingException(String detail, long line) {
      super(detail);
      this.line = line;
    }

    /** The 1-based line of the first undecodable byte. */
    public long line() {
      return line;
    }
  }

  /**
   * Starts reading {@code in} (not closed here).
   *
   * @param charset the encoding to use, or empty to detect UTF-8 or GB18030
   * @throws EncodingException when the bytes start with a UTF-16 byte-order mark
   */
  public TextInput(InputStream in, Optional<Charset> charset) throws IOException {
    this.in = in;
    bytes.flip();
    fill();
    if (startsWith(0xEF, 0xBB, 0xBF)) {
      bytes.position(3);
      decoder = strict(StandardCharsets.UTF_8);
    } else if (startsWith(0xFF, 0xFE) || startsWith(0xFE, 0xFF)) {
      throw new EncodingException("UTF-16", 1);
    }
    if (charset.isPresent()) {
      decoder = strict(charset.get());
    }
  }

  /** The name of the encoding in use, or empty while only ASCII was read. */
  public Optional<String> encoding() {
    return Optional.ofNullable(decoder).map(d -> d.charset().name());
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private boolean startsWith(int... prefix) {
    if (bytes.remaining() < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes.get(bytes.position() + i) & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Reads more bytes until the buffer is full or the stream ends. */
  private void fill() throws IOException {
    bytes.compact();
    try {
      while (!eof && bytes.hasRemaining()) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
      }
    } finally {
      bytes.flip();
    }
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (length == 0) {
      return 0;
    }
    while (true) {
      if (!bytes.hasRemaining()) {
        if (eof) {
          return decoder == null ? -1 : flush(buffer, offset, length);
        }
        fill();
        continue;
      }
      if (decoder == null) {
        int n = 0;
        while (n < length && bytes.hasRemaining() && bytes.get(bytes.position()) >= 0) {
          char c = (char) bytes.get();
          newlines += c == '\n' ? 1 : 0;
          buffer[offset + n++] = c;
        }
        if (n > 0) {
          return n;
        }
        decide();
      }
      CharBuffer out = CharBuffer.wrap(buffer, offset, length);
      CoderResult result = decoder.decode(bytes, out, eof);
      if (result.isError()) {
        int n = out.position() - offset;
        count(buffer, offset, n);
        pending =
            new EncodingException(
                String.format(
                    "%s, 0x%02X", decoder.charset().name(), bytes.get(bytes.position()) & 0xFF),
                newlines + 1);
        if (n > 0) {
          return n; // the characters before the bad byte first
        }
        throw pending;
      }
      int n = out.position() - offset;
      if (n > 0) {
        count(buffer, offset, n);
        return n;
      }
      if (eof) {
        return flush(buffer, offset, length);
      }
      fill();
    }
  }

  private int flush(char[] buffer, int offset, int length) throws IOException {
    if (done) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    CoderResult result = decoder.decode(bytes, out, true);
    if (result.isError() || bytes.hasRemaining()) {
      throw new EncodingException(decoder.charset().name() + ", truncated", newlines + 1);
    }
    decoder.flush(out);
    done = true;
    int n = out.position() - offset;
    count(buffer, offset, n);
    return n > 0 ? n : -1;
  }

  private void count(char[] buffer, int offset, int n) {
    for (int i = offset; i < offset + n; i++) {
      newlines += buffer[i] == '\n' ? 1 : 0;
    }
  }

  /**
   * Chooses UTF-8 or GB18030 from the bytes ahead, starting at the first non-ASCII byte. When
   * neither decodes them, the one that decodes further is kept, so that reading fails at the first
   * bad byte with its line.
   */
  private void decide() throws IOException {
    fill();
    Charset best = null;
    int furthest = -1;
    for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GB18030}) {
      ByteBuffer window = bytes.duplicate();
      CoderResult result = strict(charset).decode(window, CharBuffer.allocate(WINDOW), eof);
      if (!result.isError()) {
        decoder = strict(charset);
        return;
      }
      if (window.position() > furthest) {
        furthest = window.position();
        best = charset;
      }
    }
    decoder = strict(best);
  }

  @Override
  public void close() {
    // the caller owns the stream
  }
}
