package dev.legalbilling.json.trust;

/**
 * The bytes after the last line feed of a journal file: an entry whose write was interrupted (the process died
 * between writing and the final line feed or fsync). Such an entry was never acknowledged to its caller.
 *
 * @param line the line number the torn bytes would have had
 * @param offset the byte offset where they start (the length of the intact part of the file)
 * @param length how many torn bytes there are, at least 1
 */
public record TornTail(long line, long offset, long length) {
}
