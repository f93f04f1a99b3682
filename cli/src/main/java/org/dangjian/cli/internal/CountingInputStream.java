package org.dangjian.cli.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read from a stream into a {@link Progress}, for the percentage of a file. */
final class CountingInputStream extends FilterInputStream {

  private final Progress progress;

  CountingInputStream(InputStream in, Progress progress) {
    super(in);
    this.progress = progress;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      progress.bytes(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      progress.bytes(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    progress.bytes(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }
}
