package fr.vigie.platform.persistence;

import java.util.Locale;

/**
 * {@code LIKE} patterns built from what a user typed: {@code %}, {@code _} and the escape character
 * itself match literally. Every query using a pattern from here must declare {@code escape '\'}
 * (the constant {@link #ESCAPE} spelled in JPQL), so that H2 and PostgreSQL read it the same way.
 */
public final class LikePatterns {

  /** The JPQL clause to put after each {@code like :parameter}. */
  public static final String ESCAPE = " escape '\\'";

  private LikePatterns() {}

  /**
   * A case-folded "contains" pattern for the trimmed text, or {@code null} when there is no text
   * (queries test {@code :q is null} to skip the condition).
   */
  public static String containing(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
  }

  static String escape(String literal) {
    StringBuilder out = new StringBuilder(literal.length() + 8);
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (c == '\\' || c == '%' || c == '_') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
