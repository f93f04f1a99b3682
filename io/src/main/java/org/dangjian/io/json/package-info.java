/**
 * The JSON exchange format of dangjian-sdk for your own Jackson mappers: {@link
 * org.dangjian.io.json.DangjianJsonModule} maps the domain records, {@link
 * org.dangjian.io.json.ExchangeFormat} names the format, its version and the record kinds. Reading
 * and writing whole exchange files with validation and exact error locations is the job of {@code
 * DangjianImporter} and {@code DangjianExporter}; docs/FORMATS.md describes the format.
 */
package org.dangjian.io.json;
