package fr.vigie.aisystems.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import fr.vigie.aisystems.control.RegisterIndex;
import fr.vigie.aisystems.control.RegisterEntry;
import fr.vigie.platform.json.JsonConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The register list's rows, each mapped and rendered to JSON once per version of the system and per
 * day (a row's "review overdue" flag depends on the date). A row is reused only for the very index
 * entry object it was made from, so a changed system, a renamed establishment or a reloaded index
 * always gets a fresh row; a deleted system's row is dropped when the read model next changes. At most one row per system is kept.
 */
@ApplicationScoped
public class RegisterRows {

  private record Row(RegisterEntry entry, LocalDate day, AiSystemSummary summary, SerializedString json) {}

  private final Map<Long, Row> rows = new ConcurrentHashMap<>();

  @Inject AiSystemMapper mapper;
  @Inject RegisterIndex index;

  private volatile long prunedAt = -1;

  /** The row of an index entry on a given day. */
  AiSystemSummary summary(RegisterEntry entry, LocalDate today) {
    pruneDeleted();
    Row row = rows.get(entry.id());
    if (row != null && row.entry() == entry && row.day().equals(today)) {
      return row.summary();
    }
    AiSystemSummary summary = mapper.toSummary(entry, today);
    rows.put(entry.id(), new Row(entry, today, summary, render(summary)));
    return summary;
  }

  /** The JSON of a row this cache handed out, or null for any other summary object. */
  SerializedString json(AiSystemSummary summary) {
    Row row = rows.get(summary.id());
    return row != null && row.summary() == summary ? row.json() : null;
  }

  /** Drops the rows of systems that left the register, once per new state of the read model. */
  private void pruneDeleted() {
    long revision = index.loadedRevision();
    if (revision != prunedAt) {
      prunedAt = revision;
      rows.keySet().removeIf(id -> !index.contains(id));
    }
  }

  int size() {
    return rows.size();
  }

  private static SerializedString render(AiSystemSummary summary) {
    try {
      // Bytes, as the HTTP stream gets them (UTF-8 generator: characters outside the BMP escaped).
      return new SerializedString(new String(JsonConfiguration.MAPPER.writeValueAsBytes(summary), StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
