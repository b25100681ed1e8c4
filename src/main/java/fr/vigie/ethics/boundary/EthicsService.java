package fr.vigie.ethics.boundary;

import fr.vigie.aisystems.boundary.AiSystemDto;
import fr.vigie.aisystems.boundary.AiSystemService;
import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.ethics.control.ConditionRow;
import fr.vigie.ethics.control.EthicsRepository;
import fr.vigie.ethics.control.MaterialFields;
import fr.vigie.ethics.control.MaterialSnapshot;
import fr.vigie.ethics.control.SignOffRule;
import fr.vigie.ethics.entity.ConditionStatus;
import fr.vigie.ethics.entity.DecisionOutcome;
import fr.vigie.ethics.entity.EthicsCondition;
import fr.vigie.ethics.entity.EthicsDecision;
import fr.vigie.ethics.entity.EthicsReview;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.Violation;
import fr.vigie.platform.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ethics reviews, decisions and conditions: the transaction boundary of the feature. Reviews and decisions never
 * change once recorded; the sign-off is computed on each read from the database (no cache: several instances).
 */
@ApplicationScoped
@Transactional
public class EthicsService {

  static final String REVIEW = "EthicsReview";
  static final String DECISION = "EthicsDecision";
  static final String CONDITION = "EthicsCondition";
  /** Dates are civil dates in metropolitan France, as the register's. */
  static final ZoneId HOSPITAL_ZONE = ZoneId.of("Europe/Paris");
  private static final Logger LOG = Logger.getLogger(EthicsService.class.getName());

  @Inject EthicsRepository repository;
  @Inject AiSystemService aiSystems;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  @Inject
  @ConfigProperty(name = MaterialFields.CONFIG_KEY, defaultValue = MaterialFields.DEFAULT)
  String configuredFields;

  List<String> materialFields;
  Clock clock = Clock.system(HOSPITAL_ZONE);

  @PostConstruct
  void readConfiguration() {
    List<String> unknown = new ArrayList<>();
    materialFields = MaterialFields.parse(configuredFields, unknown);
    if (!unknown.isEmpty()) {
      LOG.warning(() -> MaterialFields.CONFIG_KEY + ": unknown fields ignored " + unknown + "; supported: "
          + MaterialFields.supported());
    }
  }

  LocalDate today() {
    return LocalDate.now(clock);
  }

  // ---- reads

  public EthicsFileDto file(long aiSystemId) {
    return file(aiSystems.get(aiSystemId));
  }

  private EthicsFileDto file(AiSystemDto system) {
    long aiSystemId = system.id();
    List<EthicsReview> reviews = repository.reviews(aiSystemId);
    List<EthicsDecision> decisions = repository.decisions(aiSystemId);
    var views = new EthicsViews(repository.conditions(decisions.stream().map(EthicsDecision::getId).toList()),
        system, today());
    List<EthicsReviewDto> reviewDtos = reviews.stream().map(r -> views.review(r,
        decisions.stream().filter(d -> d.getReviewId() == r.getId()).toList())).toList();
    return new EthicsFileDto(signOff(system, reviews, decisions, views), reviewDtos);
  }

  public EthicsSignOffDto signOff(long aiSystemId) {
    return file(aiSystemId).signOff();
  }

  private EthicsSignOffDto signOff(AiSystemDto system, List<EthicsReview> reviews, List<EthicsDecision> decisions,
      EthicsViews views) {
    var result = SignOffRule.evaluate(reviews.stream().map(EthicsReview::getId).toList(), decisions,
        d -> EthicsViews.material(d).changesTo(current(system, d), materialFields));
    EthicsDecision binding = result.binding();
    var labels = EthicsViews.registerLabels();
    List<MaterialChangeDto> changes = result.changes().stream().map(c -> views.change(c, labels)).toList();
    long open = 0;
    long overdue = 0;
    if (binding != null) {
      for (EthicsConditionDto c : views.conditionsOf(binding.getId())) {
        open += c.status() == ConditionStatus.OPEN ? 1 : 0;
        overdue += c.overdue() ? 1 : 0;
      }
    }
    return new EthicsSignOffDto(system.id(), result.status(), binding == null ? null : binding.getId(),
        binding == null ? null : binding.getOutcome(), binding == null ? null : binding.getMeetingDate(),
        binding == null ? null : binding.getFingerprint(),
        binding == null ? null : current(system, binding).fingerprint(), changes, open, overdue, materialFields);
  }

  /** The system's values now, over the fields the decision recorded. */
  private static MaterialSnapshot current(AiSystemDto system, EthicsDecision decision) {
    return MaterialFields.snapshot(system, EthicsViews.material(decision).values().keySet());
  }

  public EthicsReviewDto review(long id) {
    EthicsReview review = repository.findReview(id).orElseThrow(() -> ProblemException.notFound("Ethics review", id));
    AiSystemDto system = aiSystems.get(review.getAiSystemId());
    List<EthicsDecision> decisions = repository.decisionsOfReview(id);
    return new EthicsViews(repository.conditions(decisions.stream().map(EthicsDecision::getId).toList()), system,
        today()).review(review, decisions);
  }

  public EthicsDecisionDto decision(long id) {
    EthicsDecision d = loadDecision(id);
    return new EthicsViews(repository.conditions(List.of(d.getId())), aiSystems.get(d.getAiSystemId()), today())
        .decision(d);
  }

  public EthicsConditionDto condition(long id) {
    EthicsCondition c = loadCondition(id);
    EthicsDecision d = loadDecision(c.getDecisionId());
    return EthicsViews.condition(c, d.getAiSystemId(), aiSystems.get(d.getAiSystemId()).name(), today());
  }

  public EthicsConditionPage conditions(Long aiSystemId, ConditionStatus status, boolean overdue,
      PageRequest paging) {
    if (aiSystemId != null && !repository.systemExists(aiSystemId)) {
      throw ProblemException.notFound("AI system", aiSystemId);
    }
    LocalDate today = today();
    List<EthicsConditionDto> items = repository.conditions(aiSystemId, status, overdue, today, paging).stream()
        .map((ConditionRow r) -> EthicsViews.condition(r.condition(), r.aiSystemId(), r.aiSystemName(), today))
        .toList();
    return new EthicsConditionPage(items, repository.countConditions(aiSystemId, status, overdue, today),
        paging.page(), paging.size());
  }

  public HistoryPage conditionHistory(long id, PageRequest paging) {
    loadCondition(id);
    return audit.history(CONDITION, id, paging);
  }

  /** The ethics files of every reviewed system (optionally of one establishment), for the état des lieux. */
  public List<EthicsInventoryEntry> inventory(Long establishmentId) {
    List<EthicsInventoryEntry> entries = new ArrayList<>();
    for (long id : repository.reviewedSystems()) {
      AiSystemDto system = aiSystems.get(id);
      if (establishmentId != null
          && system.establishments().stream().noneMatch(e -> e.id() == establishmentId)) {
        continue;
      }
      entries.add(new EthicsInventoryEntry(system, file(system)));
    }
    return entries;
  }

  // ---- writes

  public EthicsReviewDto createReview(EthicsReviewRequest request) {
    if (!repository.systemExists(request.aiSystemId)) {
      throw ProblemException.invalid("aiSystemId", Messages.get("vigie.ethics.unknownSystem", request.aiSystemId));
    }
    List<Violation> violations = new ArrayList<>();
    if (request.requestedOn.isAfter(today())) {
      violations.add(new Violation("requestedOn", Messages.get("vigie.ethics.date.future")));
    }
    List<DocumentLinkRequest> documents = request.documents == null ? List.of() : request.documents;
    for (int i = 0; i < documents.size(); i++) {
      if (!webLink(documents.get(i).url)) {
        violations.add(new Violation("documents[" + i + "].url", Messages.get("vigie.ethics.document.url")));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    List<String> questions = request.questions.stream().map(String::strip).toList();
    List<String> stakeholders = request.stakeholders == null ? List.of()
        : request.stakeholders.stream().map(String::strip).toList();
    List<DocumentLinkDto> links = documents.stream()
        .map(d -> new DocumentLinkDto(d.title.strip(), d.url.strip())).toList();
    var review = new EthicsReview(new EthicsReview.Content(request.aiSystemId, EthicsViews.json(questions),
        EthicsViews.json(stakeholders), request.representativesInvolved, EthicsViews.json(links),
        request.requestedBy.strip(), request.requestedOn), currentUser.name(), now());
    repository.persist(review);
    repository.flush();
    EthicsReviewDto dto = new EthicsViews(List.of(), null, today()).review(review, List.of());
    audit.record(REVIEW, review.getId(), null, dto);
    return dto;
  }

  /**
   * Records a decision with the system's material version as it is now; with {@code supersedesId}, marks the
   * replaced decision superseded in the same transaction. A refused decision stores nothing.
   */
  public EthicsDecisionDto createDecision(EthicsDecisionRequest request) {
    EthicsReview review = repository.findReview(request.reviewId).orElseThrow(() -> ProblemException.invalid(
        "reviewId", Messages.get("vigie.ethics.unknownReview", request.reviewId)));
    List<Violation> violations = new ArrayList<>();
    if (request.meetingDate.isAfter(today())) {
      violations.add(new Violation("meetingDate", Messages.get("vigie.ethics.date.future")));
    } else if (request.meetingDate.isBefore(review.getRequestedOn())) {
      violations.add(new Violation("meetingDate", Messages.get("vigie.ethics.meeting.beforeRequest")));
    }
    List<ConditionRequest> conditions = request.conditions == null ? List.of() : request.conditions;
    if (request.outcome == DecisionOutcome.FAVOURABLE_WITH_CONDITIONS && conditions.isEmpty()) {
      violations.add(new Violation("conditions", Messages.get("vigie.ethics.conditions.required")));
    } else if (request.outcome != DecisionOutcome.FAVOURABLE_WITH_CONDITIONS && !conditions.isEmpty()) {
      violations.add(new Violation("conditions", Messages.get("vigie.ethics.conditions.forbidden")));
    }
    for (int i = 0; i < conditions.size(); i++) {
      if (conditions.get(i).dueOn.isBefore(request.meetingDate)) {
        violations.add(new Violation("conditions[" + i + "].dueOn",
            Messages.get("vigie.ethics.condition.dueBeforeMeeting")));
      }
    }
    EthicsDecision replaced = null;
    if (request.supersedesId != null) {
      replaced = lockReplaced(request.supersedesId);
      if (replaced == null) {
        violations.add(new Violation("supersedesId",
            Messages.get("vigie.ethics.supersedes.unknown", request.supersedesId)));
      } else if (replaced.getReviewId() != review.getId()) {
        violations.add(new Violation("supersedesId", Messages.get("vigie.ethics.supersedes.otherReview")));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    if (replaced != null && replaced.getSupersededById() != null) {
      throw alreadySuperseded(replaced.getId(), replaced.getSupersededById());
    }
    AiSystemDto system = aiSystems.get(review.getAiSystemId());
    MaterialSnapshot material = MaterialFields.snapshot(system, materialFields);
    var decision = new EthicsDecision(new EthicsDecision.Content(review.getId(), review.getAiSystemId(),
        request.meetingDate, EthicsViews.json(request.membersPresent.stream().map(String::strip).toList()),
        request.outcome, request.rationale.strip(), EthicsViews.json(material), material.fingerprint(),
        request.supersedesId), currentUser.name(), now());
    repository.persist(decision);
    repository.flush();
    for (int i = 0; i < conditions.size(); i++) {
      ConditionRequest c = conditions.get(i);
      repository.persist(new EthicsCondition(decision.getId(), i + 1, c.description.strip(), c.owner.strip(),
          c.dueOn));
    }
    repository.flush();
    EthicsDecisionDto dto = new EthicsViews(repository.conditions(List.of(decision.getId())), system, today())
        .decision(decision);
    audit.record(DECISION, decision.getId(), null, new DecisionAudit(dto));
    if (replaced != null) {
      if (!repository.markSuperseded(replaced.getId(), decision.getId())) {
        EthicsDecision winner = repository.reload(replaced);
        throw alreadySuperseded(replaced.getId(), winner.getSupersededById());
      }
      audit.record(DECISION, replaced.getId(), new SupersedeAudit(null), new SupersedeAudit(decision.getId()));
    }
    return dto;
  }

  /** Updates a condition's follow-up; only conditions of a decision in force can change. */
  public EthicsConditionDto followUp(long id, long expectedVersion, ConditionFollowUpRequest request) {
    EthicsCondition condition = loadCondition(id);
    EthicsDecision decision = loadDecision(condition.getDecisionId());
    Versions.check(expectedVersion, condition.getVersion(), "This condition");
    if (decision.getSupersededById() != null) {
      throw new ProblemException(ProblemType.CONFLICT,
          Messages.get("vigie.ethics.condition.superseded", decision.getSupersededById()));
    }
    List<Violation> violations = new ArrayList<>();
    if (request.status == ConditionStatus.CLOSED) {
      if (request.closedOn == null) {
        violations.add(new Violation("closedOn", Messages.get("vigie.ethics.closedOn.required")));
      } else if (request.closedOn.isAfter(today())) {
        violations.add(new Violation("closedOn", Messages.get("vigie.ethics.date.future")));
      } else if (request.closedOn.isBefore(decision.getMeetingDate())) {
        violations.add(new Violation("closedOn", Messages.get("vigie.ethics.closedOn.beforeMeeting")));
      }
      if (request.closingComment == null || request.closingComment.isBlank()) {
        violations.add(new Violation("closingComment", Messages.get("vigie.ethics.closingComment.required")));
      }
    } else {
      if (request.closedOn != null) {
        violations.add(new Violation("closedOn", Messages.get("vigie.ethics.open.noClosing")));
      }
      if (request.closingComment != null && !request.closingComment.isBlank()) {
        violations.add(new Violation("closingComment", Messages.get("vigie.ethics.open.noClosing")));
      }
    }
    if (request.dueOn.isBefore(decision.getMeetingDate())) {
      violations.add(new Violation("dueOn", Messages.get("vigie.ethics.condition.dueBeforeMeeting")));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    String name = aiSystems.get(decision.getAiSystemId()).name();
    EthicsConditionDto before = EthicsViews.condition(condition, decision.getAiSystemId(), name, today());
    condition.followUp(request.owner.strip(), request.dueOn);
    if (request.status == ConditionStatus.CLOSED) {
      condition.close(request.closedOn, request.closingComment.strip());
    } else {
      condition.reopen();
    }
    repository.flush();
    EthicsConditionDto after = EthicsViews.condition(condition, decision.getAiSystemId(), name, today());
    audit.record(CONDITION, id, before, after);
    return after;
  }

  /** The decision to correct, locked; a correction of it running now makes this one wait, or lose with a 409. */
  private EthicsDecision lockReplaced(long id) {
    try {
      return repository.lockDecision(id).orElse(null);
    } catch (PessimisticLockException | LockTimeoutException e) {
      throw new ProblemException(ProblemType.CONCURRENT_MODIFICATION,
          Messages.get("vigie.ethics.supersedes.concurrent", id));
    }
  }

  private static boolean webLink(String url) {
    try {
      URI uri = new URI(url.strip());
      return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static ProblemException alreadySuperseded(long id, Long by) {
    String message = Messages.get("vigie.ethics.supersedes.already", id, by);
    return new ProblemException(ProblemType.CONFLICT, message, List.of(new Violation("supersedesId", message)));
  }

  /** What the audit trail keeps of a new decision (the decision itself never changes). */
  record DecisionAudit(long reviewId, LocalDate meetingDate, List<String> membersPresent, DecisionOutcome outcome,
      String rationale, List<String> conditions, String fingerprint, Map<String, String> materialValues,
      Long supersedesId) {
    DecisionAudit(EthicsDecisionDto d) {
      this(d.reviewId(), d.meetingDate(), d.membersPresent(), d.outcome(), d.rationale(),
          d.conditions().stream().map(EthicsConditionDto::description).toList(), d.fingerprint(), d.materialValues(),
          d.supersedesId());
    }
  }

  /** The one change a decision ever undergoes. */
  record SupersedeAudit(Long supersededById) {}

  private EthicsDecision loadDecision(long id) {
    return repository.findDecision(id).orElseThrow(() -> ProblemException.notFound("Ethics decision", id));
  }

  private EthicsCondition loadCondition(long id) {
    return repository.findCondition(id).orElseThrow(() -> ProblemException.notFound("Ethics condition", id));
  }
}
