package org.dangjian.io;

import java.io.IOException;
import org.dangjian.core.id.PersonalNumbers;

/**
 * The one exception the readers and writers throw: a file that cannot be opened, read or written,
 * or a format that cannot be determined. Problems inside a file that can be read are never thrown;
 * they are issues of the validation report. The message names the file and never holds personal
 * data: resident ID and mobile numbers in it are masked ({@link PersonalNumbers#scrub}).
 */
public final class DangjianIoException extends IOException {

  private static final long serialVersionUID = 1L;

  /** An exception with {@code message}, which names the file. */
  public DangjianIoException(String message) {
    super(PersonalNumbers.scrub(message));
  }

  /** An exception with {@code message}, which names the file, caused by {@code cause}. */
  public DangjianIoException(String message, Throwable cause) {
    super(PersonalNumbers.scrub(message), cause);
  }
}
