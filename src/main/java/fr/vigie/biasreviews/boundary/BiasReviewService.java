package fr.vigie.biasreviews.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.biasreviews.control.AttributeResult;
import fr.vigie.biasreviews.control.BiasReviewRepository;
import fr.vigie.biasreviews.control.ExaminedAttribute;
import fr.vigie.biasreviews.control.FairnessReport;
import fr.vigie.biasreviews.control.FairnessThresholds;
import fr.vigie.biasreviews.control.GroupCounts;
import fr.vigie.biasreviews.control.ReviewComputation;
import fr.vigie.biasreviews.control.ReviewThresholds;
import fr.vigie.biasreviews.entity.BiasReview;
import fr.vigie.biasreviews.entity.ReviewKind;
import fr.vigie.biasreviews.entity.ReviewOutcome;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.json.JsonConfiguration;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.Violation;
import fr.vigie.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Bias reviews of AI systems: the transaction boundary of the feature. A recorded review never changes. */
@ApplicationScoped
@Transactional
public class BiasReviewService {

  public static final String AUDIT_TYPE = "BiasReview";
  /** Review dates are civil dates in metropolitan France, as the register's. */
  static final ZoneId HOSPITAL_ZONE = ZoneId.of("Europe/Paris");
  /** Default interval to the next review (spec: 12 months). */
  static final int DEFAULT_REVIEW_INTERVAL_MONTHS = 12;

  @Inject BiasReviewRepository repository;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  Clock clock = Clock.system(HOSPITAL_ZONE);

  public BiasReviewPage list(long aiSystemId, Boolean current, PageRequest paging) {
    if (!repository.systemExists(aiSystemId)) {
      throw ProblemException.notFound("AI system", aiSystemId);
    }
    var items = repository.list(aiSystemId, current, paging).stream().map(BiasReviewService::dto).toList();
    return new BiasReviewPage(items, repository.count(aiSystemId, current), paging.page(), paging.size());
  }

  /** The systems whose bias review falls due within {@code withinDays} days from today, or is overdue. */
  public BiasReviewDuePage due(int withinDays, PageRequest paging) {
    LocalDate today = LocalDate.now(clock);
    LocalDate limit = today.plusDays(withinDays);
    var items = repository.due(limit, paging).stream().map(row -> {
      BiasReview r = (BiasReview) row[0];
      long days = java.time.temporal.ChronoUnit.DAYS.between(today, r.getNextReviewOn());
      return new BiasReviewDue(r.getId(), r.getAiSystemId(), (String) row[1], r.getReviewedOn(), r.getOutcome(),
          r.getNextReviewOn(), days, days < 0);
    }).toList();
    return new BiasReviewDuePage(items, repository.countDue(limit), paging.page(), paging.size());
  }

  public BiasReviewDto get(long id) {
    return dto(load(id));
  }

  public HistoryPage history(long id, PageRequest paging) {
    load(id);
    return audit.history(AUDIT_TYPE, id, paging);
  }

  /**
   * Validates, computes and records a review; with {@code supersedesId}, marks the replaced review superseded in
   * the same transaction. A refused review stores nothing.
   */
  public BiasReviewDto create(BiasReviewRequest request) {
    if (!repository.systemExists(request.aiSystemId)) {
      throw ProblemException.invalid("aiSystemId", Messages.get("vigie.bias.unknownSystem", request.aiSystemId));
    }
    boolean quantitative = request.kind == ReviewKind.QUANTITATIVE;
    List<Violation> violations = new ArrayList<>(ReviewComputation.check(request.attributes, quantitative));
    violations.addAll(rules(request, quantitative));
    BiasReview replaced = null;
    if (request.supersedesId != null) {
      replaced = repository.find(request.supersedesId).orElse(null);
      if (replaced == null) {
        violations.add(new Violation("supersedesId",
            Messages.get("vigie.bias.supersedes.unknown", request.supersedesId)));
      } else if (replaced.getAiSystemId() != request.aiSystemId) {
        violations.add(new Violation("supersedesId", Messages.get("vigie.bias.supersedes.otherSystem")));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    if (replaced != null && replaced.getSupersededById() != null) {
      throw alreadySuperseded(replaced.getId(), replaced.getSupersededById());
    }

    Long minimumGroupSize = null;
    ReviewThresholds thresholds = null;
    List<AttributeResult> results;
    List<ExaminedAttribute> attributes = request.attributes == null ? List.of() : request.attributes;
    if (quantitative) {
      minimumGroupSize = request.minimumGroupSize != null ? request.minimumGroupSize
          : FairnessThresholds.registryDefaults().censorThreshold();
      thresholds = (request.thresholds == null ? new ReviewThresholds() : request.thresholds).effective();
      try {
        results = ReviewComputation.compute(attributes, minimumGroupSize, thresholds);
      } catch (ReviewComputation.RefusedInput e) {
        throw ProblemException.invalid(List.of(e.violation()));
      }
    } else {
      results = attributes.stream()
          .map(a -> new AttributeResult(a.name.trim(), null, false, List.of(), null)).toList();
    }
    LocalDate next = request.nextReviewOn != null ? request.nextReviewOn
        : request.reviewedOn.plusMonths(DEFAULT_REVIEW_INTERVAL_MONTHS);
    List<String> reviewers = request.reviewers.stream().map(String::trim).toList();
    String mitigations = request.mitigations == null || request.mitigations.isBlank() ? null
        : request.mitigations.strip();
    var review = new BiasReview(new BiasReview.Content(request.aiSystemId, request.kind, request.reviewedOn,
        json(reviewers), minimumGroupSize, thresholds == null ? null : json(thresholds), json(request),
        json(results), request.findings.strip(), mitigations, request.outcome, next, request.supersedesId),
        currentUser.name(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    repository.persist(review);
    repository.flush();
    audit.record(AUDIT_TYPE, review.getId(), null, new CreationAudit(review.getAiSystemId(), review.getKind(),
        review.getReviewedOn(), reviewers, results.stream().map(AttributeResult::name).toList(),
        review.getOutcome(), review.getNextReviewOn(), review.getSupersedesId()));
    if (replaced != null) {
      if (!repository.markSuperseded(replaced.getId(), review.getId())) {
        BiasReview winner = repository.reload(replaced);
        throw alreadySuperseded(replaced.getId(), winner.getSupersededById());
      }
      audit.record(AUDIT_TYPE, replaced.getId(), new SupersedeAudit(null), new SupersedeAudit(review.getId()));
    }
    return dto(review);
  }

  private List<Violation> rules(BiasReviewRequest request, boolean quantitative) {
    List<Violation> violations = new ArrayList<>();
    if (request.reviewedOn.isAfter(LocalDate.now(clock))) {
      violations.add(new Violation("reviewedOn", Messages.get("vigie.bias.reviewedOn.future")));
    }
    if (request.nextReviewOn != null && !request.nextReviewOn.isAfter(request.reviewedOn)) {
      violations.add(new Violation("nextReviewOn", Messages.get("vigie.bias.nextReviewOn.order")));
    }
    if (request.outcome == ReviewOutcome.ACCEPTABLE_WITH_MITIGATIONS
        && (request.mitigations == null || request.mitigations.isBlank())) {
      violations.add(new Violation("mitigations", Messages.get("vigie.bias.mitigations.required")));
    }
    if (!quantitative) {
      if (request.minimumGroupSize != null) {
        violations.add(new Violation("minimumGroupSize", Messages.get("vigie.bias.qualitative.field")));
      }
      if (request.thresholds != null) {
        violations.add(new Violation("thresholds", Messages.get("vigie.bias.qualitative.field")));
      }
    } else if (request.thresholds != null) {
      ReviewThresholds t = request.thresholds.effective();
      if (t.differenceSignificant < t.differenceModerate) {
        violations.add(new Violation(request.thresholds.differenceSignificant != null
            ? "thresholds.differenceSignificant" : "thresholds.differenceModerate",
            Messages.get("vigie.bias.differenceOrder")));
      }
    }
    return violations;
  }

  private static ProblemException alreadySuperseded(long id, Long by) {
    String message = Messages.get("vigie.bias.supersedes.already", id, by);
    return new ProblemException(ProblemType.CONFLICT, message, List.of(new Violation("supersedesId", message)));
  }

  /** What the audit trail keeps of a new review (its figures stay in the review itself, which never changes). */
  record CreationAudit(long aiSystemId, ReviewKind kind, LocalDate reviewedOn, List<String> reviewers,
      List<String> attributes, ReviewOutcome outcome, LocalDate nextReviewOn, Long supersedesId) {}

  /** The one change a review ever undergoes. */
  record SupersedeAudit(Long supersededById) {}

  private BiasReview load(long id) {
    return repository.find(id).orElseThrow(() -> ProblemException.notFound("Bias review", id));
  }

  static BiasReviewDto dto(BiasReview r) {
    List<BiasAttributeDto> attributes = new ArrayList<>();
    for (JsonNode a : read(r.getResultsJson(), JsonNode.class)) {
      List<GroupCounts> groups = JsonConfiguration.MAPPER.convertValue(a.get("groups"),
          new TypeReference<List<GroupCounts>>() {});
      JsonNode reference = a.get("referenceGroup");
      JsonNode report = a.get("report");
      attributes.add(new BiasAttributeDto(a.get("name").asText(), reference.isNull() ? null : reference.asText(),
          a.get("referenceGroupGiven").asBoolean(), groups,
          report.isNull() ? null : JsonConfiguration.MAPPER.convertValue(report, FairnessReport.class)));
    }
    return new BiasReviewDto(r.getId(), r.getAiSystemId(), r.getKind(), r.getReviewedOn(),
        read(r.getReviewersJson(), new TypeReference<List<String>>() {}), attributes, r.getMinimumGroupSize(),
        r.getThresholdsJson() == null ? null : read(r.getThresholdsJson(), ReviewThresholds.class), r.getFindings(),
        r.getMitigations(), r.getOutcome(), r.getNextReviewOn(), r.getSupersedesId(), r.getSupersededById(),
        r.getSupersededById() == null, r.getRecordedBy(), r.getRecordedAt(), r.getVersion());
  }

  private static String json(Object value) {
    try {
      return JsonConfiguration.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a review's data could not be written as JSON", e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JsonConfiguration.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored review could not be read", e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JsonConfiguration.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored review could not be read", e);
    }
  }
}
