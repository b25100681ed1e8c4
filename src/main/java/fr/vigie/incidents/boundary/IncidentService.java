package fr.vigie.incidents.boundary;

import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.biasreviews.entity.BiasReview;
import fr.vigie.establishments.entity.Establishment;
import fr.vigie.incidents.control.Deadlines;
import fr.vigie.incidents.control.IncidentRepository;
import fr.vigie.incidents.control.Routing;
import fr.vigie.incidents.control.RoutingFacts;
import fr.vigie.incidents.entity.DeadlineUnit;
import fr.vigie.incidents.entity.DutyKind;
import fr.vigie.incidents.entity.DutyState;
import fr.vigie.incidents.entity.HealthConsequence;
import fr.vigie.incidents.entity.Incident;
import fr.vigie.incidents.entity.IncidentDuty;
import fr.vigie.incidents.entity.IncidentHarm;
import fr.vigie.incidents.entity.IncidentRule;
import fr.vigie.incidents.entity.IncidentStatus;
import fr.vigie.monitoring.entity.MonitoringAlert;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.i18n.RequestLocale;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.Violation;
import fr.vigie.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The incident register: the transaction boundary of the feature. Every change is audited in its transaction. */
@ApplicationScoped
@Transactional
public class IncidentService {

  public static final String AUDIT_TYPE = "Incident";
  public static final String DUTY_AUDIT_TYPE = "IncidentDuty";
  /** Earliest accepted occurrence or awareness time. */
  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  /** Clock skew tolerated between the caller's device and the server for "not in the future". */
  static final Duration SKEW = Duration.ofMinutes(5);
  static final int MAX_DUE = 200;
  private static final String NOT_IN_FORCE = "not in force on the awareness date";

  @Inject IncidentRepository repository;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  public IncidentPage list(IncidentRepository.Filter filter, PageRequest paging) {
    List<Incident> incidents = repository.list(filter, paging);
    return new IncidentPage(dtos(incidents, locale()), repository.count(filter), paging.page(), paging.size());
  }

  /** The log in the export's language (the rules' wording included), not the caller's. */
  public List<IncidentDto> export(IncidentRepository.Filter filter, Locale locale) {
    return dtos(repository.all(filter), locale);
  }

  public IncidentDto get(long id) {
    return dto(load(id));
  }

  public HistoryPage history(long id, PageRequest paging) {
    load(id);
    return audit.history(AUDIT_TYPE, id, paging);
  }

  public List<IncidentRuleDto> rules() {
    return repository.rules().stream().map(r -> new IncidentRuleDto(r.getCode(), r.getDutyKind(), r.getPredicate(),
        r.getTitleFr(), r.getTitleEn(), r.getAddresseeFr(), r.getAddresseeEn(), r.getLegalBasis(), r.getSourceUrl(),
        r.getSourceText(), r.getDeadlineAmount(), r.getDeadlineUnit(), r.getEffectiveFrom(), r.getEffectiveTo()))
        .toList();
  }

  /** Declares an incident and computes its duties in the same transaction. */
  public IncidentDto create(IncidentRequest request) {
    return create(request, currentUser.name(), false);
  }

  /** Also used by the demo data. */
  public IncidentDto create(IncidentRequest request, String declaredBy, boolean demo) {
    Instant now = now();
    AiSystem system = repository.find(AiSystem.class, request.aiSystemId).orElseThrow(() ->
        ProblemException.invalid("aiSystemId", Messages.get("vigie.incident.unknownSystem", request.aiSystemId)));
    Incident.Facts facts = facts(request, system, now);
    var incident = new Incident(system.getId(), declaredBy, demo, facts);
    repository.persist(incident);
    repository.flush();
    reroute(incident, system);
    audit.record(AUDIT_TYPE, incident.getId(), null, IncidentAudit.of(incident));
    return dto(incident);
  }

  /** Corrects the facts (not the AI system) until closed; the duties are routed again. */
  public IncidentDto update(long id, long expectedVersion, IncidentRequest request) {
    Incident incident = repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Incident", id));
    Versions.check(expectedVersion, incident.getVersion(), "This incident");
    refuseIfClosed(incident);
    if (!Objects.equals(request.aiSystemId, incident.getAiSystemId())) {
      throw ProblemException.invalid("aiSystemId", Messages.get("vigie.incident.systemFixed"));
    }
    AiSystem system = repository.find(AiSystem.class, incident.getAiSystemId()).orElseThrow();
    IncidentAudit before = IncidentAudit.of(incident);
    incident.correct(facts(request, system, now()));
    reroute(incident, system);
    repository.flush();
    audit.record(AUDIT_TYPE, id, before, IncidentAudit.of(incident));
    return dto(incident);
  }

  public IncidentDto changeStatus(long id, long expectedVersion, IncidentStatusRequest request) {
    Incident incident = repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Incident", id));
    Versions.check(expectedVersion, incident.getVersion(), "This incident");
    if (!incident.getStatus().canBecome(request.status)) {
      throw new ProblemException(ProblemType.ILLEGAL_TRANSITION,
          Messages.get("vigie.incident.transition", incident.getStatus(), request.status));
    }
    String comment = request.comment == null || request.comment.isBlank() ? null : request.comment.strip();
    if (request.status == IncidentStatus.CLOSED && comment == null) {
      throw ProblemException.invalid("comment", Messages.get("vigie.incident.closingComment"));
    }
    List<Violation> pending = new ArrayList<>();
    for (IncidentDuty duty : repository.duties(id)) {
      if (duty.getState() == DutyState.TO_DO) {
        pending.add(new Violation("duties." + duty.getKind(), Messages.get("vigie.incident.dutyPending",
            title(ruleByCode().get(duty.getRuleCode()), locale()))));
      }
    }
    if (!pending.isEmpty()) {
      throw new ProblemException(ProblemType.BUSINESS_RULE,
          Messages.get("vigie.incident.dutiesPending", pending.size()), pending);
    }
    IncidentAudit before = IncidentAudit.of(incident);
    incident.moveTo(request.status, comment, now());
    repository.flush();
    audit.record(AUDIT_TYPE, id, before, IncidentAudit.of(incident));
    return dto(incident);
  }

  public IncidentDto updateDuty(long id, long dutyId, long expectedVersion, IncidentDutyRequest request) {
    Incident incident = repository.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Incident", id));
    IncidentDuty duty = repository.find(IncidentDuty.class, dutyId).filter(d -> d.getIncidentId() == id)
        .orElseThrow(() -> ProblemException.notFound("Duty", dutyId));
    Versions.check(expectedVersion, duty.getVersion(), "This duty");
    refuseIfClosed(incident);
    DutyAudit before = DutyAudit.of(duty);
    String reference = blankToNull(request.reference);
    String reason = blankToNull(request.reason);
    List<Violation> violations = new ArrayList<>();
    switch (request.state) {
      case DONE -> {
        if (request.doneAt == null) {
          violations.add(new Violation("doneAt", Messages.get("vigie.incident.duty.doneAt")));
        } else {
          Instant at = request.doneAt;
          if (at.isAfter(now().plus(SKEW))) {
            violations.add(new Violation("doneAt", Messages.get("vigie.incident.future")));
          } else if (at.isBefore(incident.getAwareAt())) {
            violations.add(new Violation("doneAt", Messages.get("vigie.incident.duty.beforeAware")));
          }
        }
        if (reference == null) {
          violations.add(new Violation("reference", Messages.get("vigie.incident.duty.reference")));
        }
        if (reason != null) {
          violations.add(new Violation("reason", Messages.get("vigie.incident.duty.onlyNotApplicable")));
        }
        if (violations.isEmpty()) {
          duty.markDone(request.doneAt.truncatedTo(ChronoUnit.SECONDS), reference);
        }
      }
      case NOT_APPLICABLE -> {
        if (reason == null) {
          violations.add(new Violation("reason", Messages.get("vigie.incident.duty.reason")));
        }
        if (request.doneAt != null || reference != null) {
          violations.add(new Violation(request.doneAt != null ? "doneAt" : "reference",
              Messages.get("vigie.incident.duty.onlyDone")));
        }
        if (violations.isEmpty()) {
          duty.markNotApplicable(reason);
        }
      }
      case TO_DO -> {
        if (request.doneAt != null || reference != null || reason != null) {
          violations.add(new Violation(request.doneAt != null ? "doneAt" : reference != null ? "reference" : "reason",
              Messages.get("vigie.incident.duty.toDoEmpty")));
        } else if (duty.isAutomatic()) {
          throw new ProblemException(ProblemType.BUSINESS_RULE, Messages.get("vigie.incident.duty.notInForce.fixed"));
        } else {
          duty.reopen();
        }
      }
      default -> throw new IllegalStateException();
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    repository.flush();
    audit.record(DUTY_AUDIT_TYPE, dutyId, before, DutyAudit.of(duty));
    return dto(incident);
  }

  /** TO_DO duties of incidents not closed: overdue, due within 48 h, or both ("all"), earliest first. */
  public IncidentDutiesDue due(String which) {
    Instant now = now();
    Instant before = which.equals("overdue") ? now : now.plus(Deadlines.DUE_SOON);
    Map<String, IncidentRule> rules = ruleByCode();
    Locale locale = locale();
    List<IncidentDuty> duties = repository.dutiesDueBefore(before, MAX_DUE).stream()
        .filter(d -> !which.equals("soon") || Deadlines.dueSoon(d.getDeadlineAt(), now)).toList();
    Map<Long, Incident> incidents = new HashMap<>();
    for (IncidentDuty d : duties) {
      incidents.computeIfAbsent(d.getIncidentId(), i -> repository.find(Incident.class, i).orElseThrow());
    }
    Map<Long, String> names = repository.systemNames(
        incidents.values().stream().map(Incident::getAiSystemId).collect(Collectors.toSet()));
    return new IncidentDutiesDue(duties.stream().map(d -> {
      Incident i = incidents.get(d.getIncidentId());
      return new IncidentDutyDue(i.getId(), i.getAiSystemId(), names.get(i.getAiSystemId()),
          dutyDto(d, rules, locale, now));
    }).toList());
  }

  // --- routing ---------------------------------------------------------------------------------------------------

  private void reroute(Incident incident, AiSystem system) {
    Incident.Facts f = incident.facts();
    var facts = new RoutingFacts(f.harm(), f.healthConsequence(), f.personalDataBreach(), f.securityIncident(),
        f.widespreadInfringement(), f.criticalInfrastructure(), system.getAiActRoute(), system.getAiActRole(),
        system.getMedicalDeviceClass());
    List<Routing.RuleVersion> rules = repository.rules().stream()
        .map(r -> new Routing.RuleVersion(r.getCode(), r.getDutyKind(), r.getPredicate(), r.getPosition(),
            r.getDeadlineAmount(), r.getDeadlineUnit(), r.getEffectiveFrom(), r.getEffectiveTo()))
        .toList();
    Map<DutyKind, IncidentDuty> existing = repository.duties(incident.getId()).stream()
        .collect(Collectors.toMap(IncidentDuty::getKind, Function.identity()));
    Set<DutyKind> routedKinds = new java.util.HashSet<>();
    for (Routing.RoutedDuty routed : Routing.route(facts, f.awareAt(), rules)) {
      routedKinds.add(routed.kind());
      IncidentDuty duty = existing.get(routed.kind());
      boolean created = duty == null;
      DutyAudit before = created ? null : DutyAudit.of(duty);
      if (created) {
        duty = new IncidentDuty(incident.getId(), routed.kind());
      }
      duty.routed(routed.ruleCode(), routed.amount(), routed.unit(), routed.deadlineAt(),
          routed.notInForce() ? NOT_IN_FORCE : null);
      if (created) {
        repository.persist(duty);
        repository.flush();
      }
      audit.record(DUTY_AUDIT_TYPE, duty.getId(), before, DutyAudit.of(duty));
    }
    for (IncidentDuty duty : existing.values()) {
      if (!routedKinds.contains(duty.getKind()) && !duty.isSettledByAPerson()) {
        audit.record(DUTY_AUDIT_TYPE, duty.getId(), DutyAudit.of(duty), null);
        repository.remove(duty);
      }
    }
  }

  // --- validation ------------------------------------------------------------------------------------------------

  private Incident.Facts facts(IncidentRequest r, AiSystem system, Instant now) {
    List<Violation> violations = new ArrayList<>();
    Instant latest = now.plus(SKEW);
    Instant occurred = r.occurredAt == null ? null : r.occurredAt.truncatedTo(ChronoUnit.SECONDS);
    Instant aware = r.awareAt == null ? now.truncatedTo(ChronoUnit.SECONDS)
        : r.awareAt.truncatedTo(ChronoUnit.SECONDS);
    checkTime(violations, "occurredAt", occurred, latest);
    checkTime(violations, "awareAt", aware, latest);
    if (occurred != null && aware.isBefore(occurred)) {
      violations.add(new Violation("awareAt", Messages.get("vigie.incident.awareBeforeOccurred")));
    }
    if (r.healthConsequence != HealthConsequence.NONE && !r.harm.concernsAPerson()) {
      violations.add(new Violation("healthConsequence", Messages.get("vigie.incident.healthNeedsPerson")));
    }
    if (r.establishmentId != null && repository.find(Establishment.class, r.establishmentId).isEmpty()) {
      violations.add(new Violation("establishmentId",
          Messages.get("vigie.incident.unknownEstablishment", r.establishmentId)));
    }
    if (r.monitoringAlertId != null) {
      var alert = repository.find(MonitoringAlert.class, r.monitoringAlertId);
      if (alert.isEmpty()) {
        violations.add(new Violation("monitoringAlertId", Messages.get("vigie.incident.unknownAlert", r.monitoringAlertId)));
      } else if (alert.get().getAiSystemId() != system.getId()) {
        violations.add(new Violation("monitoringAlertId", Messages.get("vigie.incident.otherSystem")));
      }
    }
    if (r.biasReviewId != null) {
      var review = repository.find(BiasReview.class, r.biasReviewId);
      if (review.isEmpty()) {
        violations.add(new Violation("biasReviewId", Messages.get("vigie.incident.unknownReview", r.biasReviewId)));
      } else if (review.get().getAiSystemId() != system.getId()) {
        violations.add(new Violation("biasReviewId", Messages.get("vigie.incident.otherSystem")));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    return new Incident.Facts(r.establishmentId, occurred, aware, r.description.strip(), r.harm,
        r.healthConsequence, r.personalDataBreach, r.securityIncident, Boolean.TRUE.equals(r.widespreadInfringement),
        Boolean.TRUE.equals(r.criticalInfrastructure), blankToNull(r.actionsTaken), r.useSuspended,
        r.monitoringAlertId, r.biasReviewId);
  }

  private static void checkTime(List<Violation> violations, String field, Instant at, Instant latest) {
    if (at == null) {
      return;
    }
    if (at.isAfter(latest)) {
      violations.add(new Violation(field, Messages.get("vigie.incident.future")));
    } else if (at.isBefore(EARLIEST)) {
      violations.add(new Violation(field, Messages.get("vigie.incident.tooOld")));
    }
  }

  private static void refuseIfClosed(Incident incident) {
    if (incident.getStatus() == IncidentStatus.CLOSED) {
      throw new ProblemException(ProblemType.ILLEGAL_TRANSITION, Messages.get("vigie.incident.closed"));
    }
  }

  // --- representations -------------------------------------------------------------------------------------------

  private Incident load(long id) {
    return repository.find(Incident.class, id).orElseThrow(() -> ProblemException.notFound("Incident", id));
  }

  private IncidentDto dto(Incident incident) {
    return dtos(List.of(incident), locale()).get(0);
  }

  private List<IncidentDto> dtos(List<Incident> incidents, Locale locale) {
    Map<Long, List<IncidentDuty>> duties = repository.duties(incidents.stream().map(Incident::getId).toList());
    Map<Long, String> systems = repository.systemNames(
        incidents.stream().map(Incident::getAiSystemId).collect(Collectors.toSet()));
    Map<Long, String> establishments = repository.establishmentNames(incidents.stream()
        .map(i -> i.facts().establishmentId()).filter(Objects::nonNull).collect(Collectors.toSet()));
    Map<String, IncidentRule> rules = ruleByCode();
    Instant now = now();
    return incidents.stream().map(i -> {
      Incident.Facts f = i.facts();
      List<IncidentDutyDto> items = duties.getOrDefault(i.getId(), List.of()).stream()
          .sorted(java.util.Comparator.comparingInt((IncidentDuty d) -> d.getKind().ordinal()))
          .map(d -> dutyDto(d, rules, locale, now)).toList();
      return new IncidentDto(i.getId(), i.getAiSystemId(), systems.get(i.getAiSystemId()), f.establishmentId(),
          f.establishmentId() == null ? null : establishments.get(f.establishmentId()), f.occurredAt(), f.awareAt(),
          f.description(), f.harm(), f.healthConsequence(), f.personalDataBreach(), f.securityIncident(),
          f.widespreadInfringement(), f.criticalInfrastructure(), f.actionsTaken(), f.useSuspended(), i.getStatus(),
          f.monitoringAlertId(), f.biasReviewId(), i.getDeclaredBy(), i.getCreatedAt(), i.getClosingComment(),
          i.getClosedAt(), i.isDemo(), items, i.getVersion());
    }).toList();
  }

  private IncidentDutyDto dutyDto(IncidentDuty d, Map<String, IncidentRule> rules, Locale locale, Instant now) {
    IncidentRule rule = rules.get(d.getRuleCode());
    boolean english = locale.getLanguage().equals("en");
    String reason = d.isAutomatic()
        ? Messages.get(locale, "vigie.incident.duty.notInForce", rule.getEffectiveFrom().toString())
        : d.getNotApplicableReason();
    boolean todo = d.getState() == DutyState.TO_DO;
    return new IncidentDutyDto(d.getId(), d.getIncidentId(), d.getKind(), d.getRuleCode(), title(rule, locale),
        english ? rule.getAddresseeEn() : rule.getAddresseeFr(), rule.getLegalBasis(), rule.getSourceUrl(),
        d.getDeadlineAmount(), d.getDeadlineUnit(), d.getDeadlineAt(), d.getState(), d.getDoneAt(), d.getReference(),
        reason, d.isAutomatic(), todo && Deadlines.overdue(d.getDeadlineAt(), now),
        todo && Deadlines.dueSoon(d.getDeadlineAt(), now), d.getVersion());
  }

  private static String title(IncidentRule rule, Locale locale) {
    return locale.getLanguage().equals("en") ? rule.getTitleEn() : rule.getTitleFr();
  }

  private Map<String, IncidentRule> ruleByCode() {
    return repository.rules().stream().collect(Collectors.toMap(IncidentRule::getCode, Function.identity()));
  }

  private static Locale locale() {
    return RequestLocale.current();
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** What the audit trail keeps of an incident. */
  record IncidentAudit(Long establishmentId, Instant occurredAt, Instant awareAt, String description,
      IncidentHarm harm, HealthConsequence healthConsequence, boolean personalDataBreach, boolean securityIncident,
      boolean widespreadInfringement, boolean criticalInfrastructure, String actionsTaken, boolean useSuspended,
      Long monitoringAlertId, Long biasReviewId, IncidentStatus status, String closingComment) {

    static IncidentAudit of(Incident i) {
      Incident.Facts f = i.facts();
      return new IncidentAudit(f.establishmentId(), f.occurredAt(), f.awareAt(), f.description(), f.harm(),
          f.healthConsequence(), f.personalDataBreach(), f.securityIncident(), f.widespreadInfringement(),
          f.criticalInfrastructure(), f.actionsTaken(), f.useSuspended(), f.monitoringAlertId(), f.biasReviewId(),
          i.getStatus(), i.getClosingComment());
    }
  }

  /** What the audit trail keeps of a duty. */
  record DutyAudit(long incidentId, DutyKind kind, String ruleCode, Instant deadlineAt, DeadlineUnit deadlineUnit,
      Integer deadlineAmount, DutyState state, Instant doneAt, String reference, String notApplicableReason) {

    static DutyAudit of(IncidentDuty d) {
      return new DutyAudit(d.getIncidentId(), d.getKind(), d.getRuleCode(), d.getDeadlineAt(), d.getDeadlineUnit(),
          d.getDeadlineAmount(), d.getState(), d.getDoneAt(), d.getReference(), d.getNotApplicableReason());
    }
  }
}
