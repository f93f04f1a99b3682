package org.dangjian.io.bulletin.internal;

import java.io.IOException;
import org.dangjian.core.bulletin.Bulletin;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.Privacy;
import org.dangjian.io.RecordWriter;
import org.dangjian.io.internal.PersonalData;
import org.dangjian.io.spi.AbstractRecordWriter;

/**
 * The base of the writers of formats that hold bulletins only (Markdown, HTML): records of every
 * other kind have no place there, so they are skipped and counted, as the {@link RecordWriter}
 * contract says; subclasses write {@link #bulletin} and {@link #close}, passing the text they write
 * through {@link #text} so that the privacy profile applies to it.
 */
public abstract class BulletinOnlyWriter extends AbstractRecordWriter {

  private final Privacy privacy;

  /**
   * A writer that, unless {@code privacy} is {@link Privacy#FULL}, masks resident ID and mobile
   * numbers found anywhere in the text it writes ({@link #text}).
   */
  protected BulletinOnlyWriter(Privacy privacy) {
    this.privacy = privacy;
  }

  /** The text to write for {@code text} under this writer's privacy profile. */
  protected final String text(String text) {
    return PersonalData.freeText(text, privacy);
  }

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
