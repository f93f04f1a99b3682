/**
 * Implementation shared by the format modules of the SDK: the installed-format registry and the
 * importer's read context, and the helpers every text or spreadsheet reader needs, {@link
 * org.dangjian.io.internal.TextInput} (UTF-8 or GB18030, detected) and {@link
 * org.dangjian.io.internal.PersonalData} (the masks of personal identifiers). Not an API: the
 * module exports it to {@code org.dangjian.io.roster} and {@code org.dangjian.io.bulletin} only.
 */
package org.dangjian.io.internal;
