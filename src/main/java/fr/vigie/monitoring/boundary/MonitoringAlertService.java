package fr.vigie.monitoring.boundary;

import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.monitoring.control.AlertFilter;
import fr.vigie.monitoring.control.AlertRepository;
import fr.vigie.monitoring.control.AlertRepository.AlertView;
import fr.vigie.monitoring.control.MonitoringRepository;
import fr.vigie.monitoring.entity.MonitoringAlert;
import fr.vigie.monitoring.entity.MonitoringCheck;
import fr.vigie.monitoring.entity.MonitoringLine;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Alerts of monitoring lines: opened and updated by breaching checks (called by {@link MonitoringService} in the
 * check's transaction), acknowledged and resolved by people, and the "what needs doing" list. Every change to a
 * line's alerts first locks the line's row, so a check and a resolution of the same line never interleave, on any
 * instance.
 */
@ApplicationScoped
@Transactional
public class MonitoringAlertService {

  public static final String AUDIT_TYPE = "MonitoringAlert";

  @Inject AlertRepository repository;
  @Inject MonitoringRepository lines;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  Clock clock = Clock.system(MonitoringService.HOSPITAL_ZONE);

  public AlertPage list(AlertFilter filter, PageRequest paging) {
    var items = repository.page(filter, paging).stream().map(MonitoringAlertService::dto).toList();
    return new AlertPage(items, repository.count(filter), paging.page(), paging.size());
  }

  public AlertDto get(long id) {
    return dto(view(id));
  }

  public HistoryPage history(long id, PageRequest paging) {
    if (repository.find(id).isEmpty() && !audit.deletedHistoryReadable(AUDIT_TYPE, id)) {
      throw ProblemException.notFound("Monitoring alert", id);
    }
    return audit.history(AUDIT_TYPE, id, paging);
  }

  /**
   * A newly recorded breaching check of a line the caller has locked: updates the line's unresolved alert, or
   * opens one. Returns the alert's id.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public long breach(MonitoringLine line, MonitoringCheck check) {
    var unresolved = repository.unresolvedView(line.getId());
    if (unresolved.isPresent()) {
      AlertView view = unresolved.get();
      AlertDto before = dto(view);
      view.alert().breach(check);
      // written at the transaction's next flush; the audit needs no version, so no flush here (see MonitoringService)
      audit.record(AUDIT_TYPE, view.alert().getId(), before, dto(view));
      return view.alert().getId();
    }
    String systemName = lines.systemName(line.getAiSystemId());
    var alert = new MonitoringAlert(line, check);
    repository.persist(alert); // an identity column: inserted now
    audit.record(AUDIT_TYPE, alert.getId(), null,
        dto(new AlertView(alert, line.getName(), line.getOwner(), systemName)));
    return alert.getId();
  }

  /** Takes an open alert in hand. */
  public AlertDto acknowledge(long id, long expectedVersion, AcknowledgeAlertRequest request) {
    MonitoringAlert alert = lockedAlert(id, expectedVersion);
    if (!alert.canAcknowledge()) {
      throw illegal(alert, "acknowledge");
    }
    return change(alert, () -> alert.acknowledge(currentUser.name(), now(), blankToNull(request.comment)));
  }

  /** Closes an open or acknowledged alert with the action taken; the line's next breach opens a new alert. */
  public AlertDto resolve(long id, long expectedVersion, ResolveAlertRequest request) {
    MonitoringAlert alert = lockedAlert(id, expectedVersion);
    if (!alert.canResolve()) {
      throw illegal(alert, "resolve");
    }
    return change(alert,
        () -> alert.resolve(currentUser.name(), now(), request.actionTaken.trim(), blankToNull(request.comment)));
  }

  /** Per owner (French alphabetical order), the overdue lines and the unresolved alerts of their lines. */
  public MonitoringTodo todo(String owner) {
    String only = owner == null || owner.isBlank() ? null : owner.trim();
    LocalDate today = LocalDate.now(clock);
    Collator french = Collator.getInstance(Locale.FRENCH);
    Map<String, List<MonitoringTodo.OverdueLine>> lines = new TreeMap<>(french);
    Map<String, List<AlertDto>> alerts = new TreeMap<>(french);
    for (var l : repository.overdueLines(today, only)) {
      MonitoringLine line = l.line();
      lines.computeIfAbsent(line.getOwner(), k -> new ArrayList<>()).add(new MonitoringTodo.OverdueLine(
          line.getId(), line.getName(), line.getAiSystemId(), l.aiSystemName(), line.getNextDueOn(),
          ChronoUnit.DAYS.between(line.getNextDueOn(), today)));
    }
    for (AlertView a : repository.unresolvedByOwner(only)) {
      alerts.computeIfAbsent(a.lineOwner(), k -> new ArrayList<>()).add(dto(a));
    }
    Map<String, MonitoringTodo.Owner> owners = new TreeMap<>(french);
    lines.keySet().forEach(o -> owners.put(o, null));
    alerts.keySet().forEach(o -> owners.put(o, null));
    List<MonitoringTodo.Owner> result = new ArrayList<>();
    for (String o : owners.keySet()) {
      result.add(new MonitoringTodo.Owner(o, lines.getOrDefault(o, List.of()), alerts.getOrDefault(o, List.of())));
    }
    return new MonitoringTodo(result);
  }

  // ------------------------------------------------------------------ helpers

  /**
   * The alert, read again after its line's row is locked (so a check recorded meanwhile is seen), at the version
   * the client read.
   */
  private MonitoringAlert lockedAlert(long id, long expectedVersion) {
    MonitoringAlert alert = repository.find(id).orElseThrow(() -> ProblemException.notFound("Monitoring alert", id));
    lines.lockLine(alert.getLineId());
    repository.refresh(alert);
    Versions.check(expectedVersion, alert.getVersion(), "This alert");
    return alert;
  }

  private AlertDto change(MonitoringAlert alert, Runnable change) {
    AlertDto before = dto(view(alert.getId()));
    change.run();
    repository.flush();
    AlertDto after = dto(view(alert.getId()));
    audit.record(AUDIT_TYPE, alert.getId(), before, after);
    return after;
  }

  private static ProblemException illegal(MonitoringAlert alert, String transition) {
    return new ProblemException(ProblemType.ILLEGAL_TRANSITION,
        Messages.get("vigie.monitoring.alert." + transition + "Illegal", alert.getId(), alert.getStatus()));
  }

  private AlertView view(long id) {
    return repository.view(id).orElseThrow(() -> ProblemException.notFound("Monitoring alert", id));
  }

  static AlertDto dto(AlertView v) {
    MonitoringAlert a = v.alert();
    return new AlertDto(a.getId(), a.getAiSystemId(), v.aiSystemName(), a.getLineId(), v.lineName(), v.lineOwner(),
        a.getStatus(), a.getSeverity(), a.getBreachCount(), a.getFirstCheckId(), a.getLastCheckId(),
        a.getFirstPeriodEnd(), a.getLastPeriodEnd(), a.getOpenedAt(), a.getLastBreachAt(), a.getAcknowledgedBy(),
        a.getAcknowledgedAt(), a.getAcknowledgeComment(), a.getResolvedBy(), a.getResolvedAt(), a.getActionTaken(),
        a.getResolveComment(), a.getVersion());
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
