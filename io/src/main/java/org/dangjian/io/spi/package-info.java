/**
 * The format service-provider interface: how a module adds a file format to {@code
 * DangjianImporter} and {@code DangjianExporter} without changing them. A {@link
 * org.dangjian.io.spi.FormatReader} decodes one {@link org.dangjian.io.DataFormat} into a {@link
 * org.dangjian.io.spi.ReadContext}, which validates and hands on each record; a {@link
 * org.dangjian.io.spi.FormatWriter} opens a {@link org.dangjian.io.RecordWriter}, for which {@link
 * org.dangjian.io.spi.AbstractRecordWriter} is a base. Providers are found with {@link
 * java.util.ServiceLoader}, so a format is installed by putting its jar on the class or module
 * path: JSON and JSON Lines come with {@code dangjian-io}, rosters with {@code dangjian-io-roster},
 * bulletins with {@code dangjian-io-bulletin}. docs/FORMATS.md ("Adding a format") walks through
 * one.
 */
package org.dangjian.io.spi;
