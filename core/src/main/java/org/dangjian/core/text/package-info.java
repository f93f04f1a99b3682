/**
 * Text for people: printing values that come from input files (record ids, names, raw cells, file
 * names) on a terminal, in a log or in a text report without letting them act on the output. {@link
 * org.dangjian.core.text.SafeText#escape(CharSequence)} writes control characters and bidirectional
 * formatting characters as visible escapes, so that a value can neither move the cursor, clear the
 * screen, start a line that looks like the program's own, nor reorder what follows it.
 */
package org.dangjian.core.text;
