package dev.legalbilling.ledes.internal;

import dev.legalbilling.ledes.LedesIssue;
import java.util.List;

/**
 * One invoice row as split from its line, with the structural issues found on the way. Not part of the API.
 *
 * @param line 1-based line number
 * @param fields the raw field texts (exactly the format's count), or null when the row cannot be used
 * @param key the INVOICE_NUMBER used to group rows (stripped), or null when it cannot be told
 * @param intact false when the row has content that must not reach an invoice (control characters, no {@code []})
 * @param issues structural issues of the row
 */
public record Row(int line, String[] fields, String key, boolean intact, List<LedesIssue> issues) {
}
