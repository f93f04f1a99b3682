package org.dangjian.io.spi;

/**
 * Settings for the reader of one format that the importer carries without knowing them, such as the
 * mapping profile of a spreadsheet roster ({@code org.dangjian.io.roster.RosterMapping}): a caller
 * adds them to {@code ImportOptions.readerSettings()}, and a reader looks up its own type with
 * {@code ImportOptions.readerSettings(Class)}. Other readers ignore them.
 */
public interface ReaderSettings {}
