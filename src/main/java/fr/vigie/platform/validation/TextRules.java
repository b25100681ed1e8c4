package fr.vigie.platform.validation;

/**
 * Characters refused in request text: C0 controls (NUL...), DEL, C1 controls, and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) that make a name
 * display differently from what it is. Line feed, carriage return and tab are accepted in
 * {@link MultiLine} fields only.
 */
public final class TextRules {

  private TextRules() {}

  /** The index of the first refused character, or -1. */
  public static int firstRefused(String text, boolean multiLine) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (multiLine && (c == '\n' || c == '\r' || c == '\t')) {
        continue;
      }
      if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
          || (c >= 0x2066 && c <= 0x2069)) {
        return i;
      }
    }
    return -1;
  }
}
