package fr.vigie.audit.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.audit.entity.AuditAction;
import fr.vigie.audit.entity.AuditChange;
import fr.vigie.audit.entity.AuditEntry;
import fr.vigie.platform.json.JsonConfiguration;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.security.CurrentUser;
import fr.vigie.platform.security.Roles;
import jakarta.security.enterprise.SecurityContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes and reads the audit trail. Callers pass snapshots (the detail DTOs) of the entity before
 * and after the change; the changed fields are computed here. {@link Transactional.TxType#MANDATORY}
 * makes it impossible to write an audit row outside the transaction of the change.
 */
@ApplicationScoped
public class AuditTrail {

  private static final Set<String> NOT_AUDITED = Set.of("id", "version", "createdAt", "updatedAt");

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  @Inject CurrentUser currentUser;
  @Inject SecurityContext securityContext;

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String entityType, long entityId, Object before, Object after) {
    AuditAction action =
        before == null ? AuditAction.CREATED : after == null ? AuditAction.DELETED : AuditAction.UPDATED;
    JsonNode old = before == null ? null : JsonConfiguration.MAPPER.valueToTree(before);
    JsonNode now = after == null ? null : JsonConfiguration.MAPPER.valueToTree(after);
    Set<String> fields = new TreeSet<>();
    addFieldNames(fields, old);
    addFieldNames(fields, now);
    var entry = new AuditEntry(currentUser.name(), entityType, entityId, action);
    List<String[]> changes = new ArrayList<>();
    for (String field : fields) {
      if (NOT_AUDITED.contains(field)) {
        continue;
      }
      String was = display(old == null ? null : old.get(field));
      String is = display(now == null ? null : now.get(field));
      if (!java.util.Objects.equals(was, is)) {
        changes.add(new String[] {field, AuditChange.stored(was), AuditChange.stored(is)});
      }
    }
    if (action == AuditAction.UPDATED && changes.isEmpty()) {
      return;
    }
    em.persist(entry); // an identity column: inserted now, so its id is known
    insertChanges(entry.getId(), changes);
    em.detach(entry); // its changes were written beside it: a later read in this transaction loads them
  }

  /**
   * The changed fields of one entry as one JDBC batch (one round trip to the database) rather than one INSERT per
   * field, which an identity id would force through JPA; a change of 7 fields cost 8 round trips before
   * (docs/benchmarks.md, check profile). The statement joins the transaction of the change, like the entry.
   */
  private void insertChanges(long entryId, List<String[]> changes) {
    if (changes.isEmpty()) {
      return;
    }
    em.unwrap(Session.class).doWork(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO audit_change (audit_entry_id, field, old_value, new_value) VALUES (?, ?, ?, ?)")) {
        for (String[] change : changes) {
          insert.setLong(1, entryId);
          insert.setString(2, change[0]);
          insert.setString(3, change[1]);
          insert.setString(4, change[2]);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    });
  }

  /**
   * Whether the caller may read the history of a record that no longer exists: ADMIN and QUALITY
   * (who delete records and answer audits) may, if any history exists; other roles get 404, as for
   * any record they cannot see.
   */
  public boolean deletedHistoryReadable(String entityType, long entityId) {
    if (!callerReadsDeletedHistory()) {
      return false;
    }
    return !em.createQuery(
            "select e.id from AuditEntry e where e.entityType = :type and e.entityId = :id", Long.class)
        .setParameter("type", entityType)
        .setParameter("id", entityId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Whether the caller's roles may read the history of deleted records (ADMIN, QUALITY). */
  public boolean callerReadsDeletedHistory() {
    return securityContext.isCallerInRole(Roles.ADMIN) || securityContext.isCallerInRole(Roles.QUALITY);
  }

  /**
   * The latest changes to records of one type, newest first in the order they were written (by
   * id: the primary-key index answers it without a sort), with the names of the changed fields.
   */
  public List<TrailEntry> latest(String entityType, int max) {
    List<Object[]> rows =
        em.createQuery(
                "select e.id, e.entityId, e.occurredAt, e.actor, e.action from AuditEntry e"
                    + " where e.entityType = :type order by e.id desc",
                Object[].class)
            .setParameter("type", entityType)
            .setMaxResults(max)
            .getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, List<String>> fields = new HashMap<>();
    em.createQuery(
            "select c.entry.id, c.field from AuditChange c where c.entry.id in :ids order by c.field",
            Object[].class)
        .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList())
        .getResultList()
        .forEach(r -> fields.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]));
    return rows.stream()
        .map(r -> new TrailEntry((Long) r[1], (Instant) r[2], (String) r[3], (AuditAction) r[4],
            List.copyOf(fields.getOrDefault((Long) r[0], List.of()))))
        .toList();
  }

  /**
   * The last value the trail recorded for one field of each record (the value before a deletion,
   * else the value after the change): e.g. the name of a record that no longer exists.
   */
  public Map<Long, String> lastRecordedValues(String entityType, Collection<Long> entityIds, String field) {
    Map<Long, String> values = new HashMap<>();
    if (entityIds.isEmpty()) {
      return values;
    }
    em.createQuery(
            "select e.entityId, c.before, c.after from AuditChange c join c.entry e"
                + " where e.entityType = :type and e.entityId in :ids and c.field = :field order by e.id desc",
            Object[].class)
        .setParameter("type", entityType)
        .setParameter("ids", entityIds)
        .setParameter("field", field)
        .getResultList()
        .forEach(r -> values.putIfAbsent((Long) r[0], r[2] != null ? (String) r[2] : (String) r[1]));
    return values;
  }

  /** History lists sort on the time of the change only: newest first unless {@code sort=occurredAt}. */
  public static final Set<String> SORTABLE = Set.of("occurredAt");

  public HistoryPage history(String entityType, long entityId, PageRequest paging) {
    String direction = paging.orders(SORTABLE, "-occurredAt").get(0).ascending() ? "asc" : "desc";
    long total =
        em.createQuery(
                "select count(e) from AuditEntry e where e.entityType = :type and e.entityId = :id",
                Long.class)
            .setParameter("type", entityType)
            .setParameter("id", entityId)
            .getSingleResult();
    List<AuditEntry> entries =
        em.createQuery(
                "select e from AuditEntry e where e.entityType = :type and e.entityId = :id"
                    + " order by e.occurredAt " + direction + ", e.id " + direction,
                AuditEntry.class)
            .setParameter("type", entityType)
            .setParameter("id", entityId)
            .setFirstResult(paging.offset())
            .setMaxResults(paging.size())
            .getResultList();
    List<HistoryEntry> items =
        entries.stream()
            .map(
                e ->
                    new HistoryEntry(
                        e.getId(),
                        e.getOccurredAt(),
                        e.getActor(),
                        e.getAction(),
                        e.getChanges().stream()
                            .map(c -> new FieldChange(c.getField(), c.getBefore(), c.getAfter()))
                            .toList()))
            .toList();
    return new HistoryPage(items, total, paging.page(), paging.size());
  }

  private static void addFieldNames(Set<String> fields, JsonNode node) {
    if (node != null) {
      node.fieldNames().forEachRemaining(fields::add);
    }
  }

  /** Human-readable value: text as is, lists joined by ", ", referenced objects by name. */
  static String display(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isArray()) {
      StringBuilder joined = new StringBuilder();
      for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
        joined.append(display(it.next()));
        if (it.hasNext()) {
          joined.append(", ");
        }
      }
      return joined.toString();
    }
    if (node.isObject()) {
      JsonNode name = node.get("name");
      return name != null && name.isTextual() ? name.asText() : node.toString();
    }
    return node.asText();
  }
}
