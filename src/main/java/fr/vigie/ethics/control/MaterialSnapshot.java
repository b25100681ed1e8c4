package fr.vigie.ethics.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.vigie.platform.json.JsonConfiguration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The material version of an AI system: the canonical values of the material fields, and display text where the
 * canonical value is an id (establishments). Its fingerprint is the SHA-256, in lower-case hexadecimal, of the
 * canonical form: the values as one JSON object, keys in alphabetical order, no spaces, absent values as null,
 * UTF-8 (docs/computations.md, "Ethics sign-off").
 */
public record MaterialSnapshot(TreeMap<String, String> values, Map<String, String> labels) {

  public MaterialSnapshot {
    values = new TreeMap<>(values);
    labels = labels == null ? Map.of() : Map.copyOf(labels);
  }

  public String canonicalForm() {
    try {
      return JsonConfiguration.MAPPER.writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("material values could not be written", e);
    }
  }

  public String fingerprint() {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonicalForm().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The display text of a field's value: its label when it has one, else its canonical value. */
  public String display(String field) {
    return labels.getOrDefault(field, values.get(field));
  }

  /** A field whose value differs between the recorded version and the current one. */
  public record Change(String field, String before, String after, String beforeText, String afterText) {}

  /**
   * The fields of {@code fields} that this (recorded) version holds and whose value differs in {@code current}, in
   * the order of {@code fields}. A field configured after the decision was recorded is not compared.
   */
  public List<Change> changesTo(MaterialSnapshot current, Collection<String> fields) {
    List<Change> changes = new ArrayList<>();
    for (String field : fields) {
      if (!values.containsKey(field)) {
        continue;
      }
      String before = values.get(field);
      String after = current.values().get(field);
      if (!Objects.equals(before, after)) {
        changes.add(new Change(field, before, after, display(field), current.display(field)));
      }
    }
    return changes;
  }
}
