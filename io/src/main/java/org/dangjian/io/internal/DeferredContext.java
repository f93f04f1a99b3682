package org.dangjian.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.id.MobileNumber;
import org.dangjian.core.id.ResidentIdNumber;
import org.dangjian.core.id.SocialCreditCode;
import org.dangjian.core.record.FieldLocator;
import org.dangjian.core.record.ImmutableLocation;
import org.dangjian.core.record.Location;
import org.dangjian.core.record.RecordKind;
import org.dangjian.io.ImportOptions;
import org.dangjian.io.spi.ReadContext;
import org.dangjian.validation.InputProblem;

/**
 * A {@link ReadContext} that writes down what a reader tells it instead of acting on it, so that a
 * chunk of lines can be decoded on another thread and its records, problems and rejections be
 * handed to the import's own context later, in input order, by {@link #replay}. Identifier text is
 * parsed here as the import would parse it (the same date, the same masks), and the call itself is
 * replayed so that the import reports an invalid value. The record indexes of a chunk count from
 * zero; replay adds the records of each kind that came before the chunk. Used by one thread at a
 * time; the hand-over between the decoding thread and the replaying one goes through a {@code
 * Future}.
 */
public final class DeferredContext implements ReadContext {

  private sealed interface Event {}

  private record Problem(
      InputProblem problem, Location location, String value, Map<String, String> arguments)
      implements Event {}

  private record Accepted(RecordKind kind, Object record, Location location, FieldLocator fields)
      implements Event {}

  private record Rejected(Location location, String raw) implements Event {}

  private record Identifier(int type, String text, Location location) implements Event {}

  private record Marker(boolean stop) implements Event {}

  private static final Marker LINE = new Marker(false);
  private static final Marker STOP = new Marker(true);
  private static final int ID_NUMBER = 0;
  private static final int MOBILE = 1;
  private static final int CREDIT_CODE = 2;

  private final ImportOptions options;
  private final List<Event> events = new ArrayList<>();
  private boolean stopped;

  /** A context of an import with {@code options}. */
  public DeferredContext(ImportOptions options) {
    this.options = options;
  }

  /**
   * Marks the start of the next line (or row) of input: replay asks the import whether to stop
   * before each line, as a reader asks before reading it.
   */
  public void nextLine() {
    events.add(LINE);
  }

  @Override
  public ImportOptions options() {
    return options;
  }

  /** True once the reader has ended this chunk early; replay stops the import there. */
  @Override
  public boolean shouldStop() {
    return stopped;
  }

  @Override
  public void stoppedEarly() {
    stopped = true;
    events.add(STOP);
  }

  @Override
  public void problem(
      InputProblem problem, Location location, String value, Map<String, String> arguments) {
    events.add(new Problem(problem, location, value, arguments));
  }

  @Override
  public void record(RecordKind kind, Object record, Location location) {
    events.add(new Accepted(kind, record, location, null));
  }

  @Override
  public void record(RecordKind kind, Object record, Location location, FieldLocator fields) {
    events.add(new Accepted(kind, record, location, fields));
  }

  @Override
  public void reject(Location location, String maskedRaw) {
    events.add(new Rejected(location, maskedRaw));
  }

  @Override
  public Optional<ResidentIdNumber> residentIdNumber(String text, Location location) {
    events.add(new Identifier(ID_NUMBER, text, location));
    return PersonalData.isMaskedIdNumber(text)
        ? Optional.empty()
        : ResidentIdNumber.parse(text, options.asOf()).value();
  }

  @Override
  public Optional<MobileNumber> mobileNumber(String text, Location location) {
    events.add(new Identifier(MOBILE, text, location));
    return PersonalData.isMaskedMobileNumber(text)
        ? Optional.empty()
        : MobileNumber.parse(text).value();
  }

  @Override
  public Optional<SocialCreditCode> creditCode(String text, Location location) {
    events.add(new Identifier(CREDIT_CODE, text, location));
    return SocialCreditCode.parse(text).value();
  }

  /**
   * Hands everything written down to {@code target} in order, the record index of each location
   * raised by {@code before[kind.ordinal()]}, the records of that kind read before this chunk.
   * Before each line it asks {@code target} whether to stop, as a reader does.
   *
   * @return false when reading ends here: the import asked to stop, or the reader stopped early
   */
  public boolean replay(ReadContext target, long[] before) {
    for (Event event : events) {
      if (event instanceof Marker marker) {
        if (marker.stop() || target.shouldStop()) {
          target.stoppedEarly();
          return false;
        }
      } else if (event instanceof Accepted accepted) {
        Location at = shift(accepted.location(), before);
        if (accepted.fields() == null) {
          target.record(accepted.kind(), accepted.record(), at);
        } else {
          target.record(accepted.kind(), accepted.record(), at, accepted.fields());
        }
      } else if (event instanceof Problem problem) {
        target.problem(
            problem.problem(),
            shift(problem.location(), before),
            problem.value(),
            problem.arguments());
      } else if (event instanceof Rejected rejected) {
        target.reject(shift(rejected.location(), before), rejected.raw());
      } else if (event instanceof Identifier identifier) {
        Location location = shift(identifier.location(), before);
        switch (identifier.type()) {
          case ID_NUMBER -> target.residentIdNumber(identifier.text(), location);
          case MOBILE -> target.mobileNumber(identifier.text(), location);
          default -> target.creditCode(identifier.text(), location);
        }
      }
    }
    return true;
  }

  private static Location shift(Location location, long[] before) {
    if (location.recordKind().isEmpty() || location.recordIndex().isEmpty()) {
      return location;
    }
    long offset = before[location.recordKind().get().ordinal()];
    return offset == 0
        ? location
        : ImmutableLocation.copyOf(location)
            .withRecordIndex(location.recordIndex().getAsLong() + offset);
  }
}
