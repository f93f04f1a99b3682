package org.dangjian.io.bulletin.internal;

import java.io.IOException;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.spi.AbstractRecordWriter;

/**
 * The base of the writers of formats that hold bulletins only (Markdown, HTML): records of every
 * other kind have no place there, so they are skipped and counted, as the {@link RecordWriter}
 * contract says; subclasses write {@link #bulletin} and {@link #close}.
 */
public abstract class BulletinOnlyWriter extends AbstractRecordWriter {

  @Override
  protected final boolean write(RecordKind kind, Object record) throws IOException {
    if (kind != RecordKind.BULLETIN) {
      return false;
    }
    bulletin((Bulletin) record);
    return true;
  }

  /** Writes a bulletin. */
  protected abstract void bulletin(Bulletin bulletin) throws IOException;
}
