package fr.vigie.scoring.boundary;

import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.i18n.RequestLocale;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.Violation;
import fr.vigie.platform.security.CurrentUser;
import fr.vigie.scoring.control.AxisScore;
import fr.vigie.scoring.control.RaterScores;
import fr.vigie.scoring.control.ScoreCalculator;
import fr.vigie.scoring.control.ScoreKeeper;
import fr.vigie.scoring.control.ScoringRepository;
import fr.vigie.scoring.entity.Axis;
import fr.vigie.scoring.entity.AxisOverride;
import fr.vigie.scoring.entity.AxisStatistics;
import fr.vigie.scoring.entity.CriterionLevel;
import fr.vigie.scoring.entity.RatingSet;
import fr.vigie.scoring.entity.ScoringCriterion;
import fr.vigie.scoring.entity.ScoringGrid;
import fr.vigie.scoring.entity.UseCaseScore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ratings and aggregated scores of use cases. Every write locks the use case row, then the aggregate row, and
 * recomputes the aggregate in its own transaction (docs/computations.md, "Use-case scoring").
 */
@ApplicationScoped
@Transactional
public class ScoringService {

  public static final String RATING_AUDIT_TYPE = "UseCaseRating";
  public static final String SCORE_AUDIT_TYPE = "UseCaseScore";
  static final int MAX_LIST_IDS = 500;

  @Inject ScoringRepository repository;
  @Inject ScoreKeeper keeper;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  // ---------------------------------------------------------------- ratings

  public List<RatingSetDto> ratings(long useCaseId) {
    requireUseCase(useCaseId);
    long current = currentGridId(useCaseId);
    Map<Long, ScoringGrid> grids = new HashMap<>();
    return repository.ratingSets(useCaseId).stream()
        .map(s -> dto(s, grids.computeIfAbsent(s.getGridId(), this::grid), current)).toList();
  }

  public RatingSetDto mine(long useCaseId) {
    requireUseCase(useCaseId);
    long current = currentGridId(useCaseId);
    RatingSet set = repository.ratingSet(useCaseId, current, currentUser.name())
        .orElseThrow(() -> ProblemException.notFound("Rating", useCaseId));
    return dto(set, grid(current), current);
  }

  /**
   * Creates or replaces the caller's ratings of the use case's current grid version. {@code ifMatch}: required when
   * the caller already rated (428 without, 412 when stale); refused (412) on a first rating.
   */
  public RatingSetDto rate(long useCaseId, String ifMatch, RatingRequest request) {
    if (!repository.lockUseCase(useCaseId)) {
      throw ProblemException.notFound("Use case", useCaseId);
    }
    UseCaseScore score = lockedScore(useCaseId);
    ScoringGrid grid = grid(score.getGridId());
    Map<Long, ScoringCriterion> criteria = new HashMap<>();
    grid.getCriteria().forEach(c -> criteria.put(c.getId(), c));
    List<Violation> violations = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    List<CriterionLevel> levels = new ArrayList<>();
    for (int i = 0; i < request.ratings.size(); i++) {
      var r = request.ratings.get(i);
      String field = "ratings[" + i + "].criterionId";
      if (!criteria.containsKey(r.criterionId)) {
        var other = repository.criterion(r.criterionId);
        violations.add(new Violation(field, other.isPresent()
            ? Messages.get("vigie.scoring.criterion.otherVersion", r.criterionId, grid.getVersionNumber())
            : Messages.get("vigie.scoring.criterion.unknown", r.criterionId)));
      } else if (!seen.add(r.criterionId)) {
        violations.add(new Violation(field, Messages.get("vigie.scoring.criterion.duplicate")));
      } else {
        levels.add(new CriterionLevel(r.criterionId, r.level));
      }
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    String rater = currentUser.name();
    RatingSet set = repository.ratingSet(useCaseId, grid.getId(), rater).orElse(null);
    RatingAudit before = null;
    if (set == null) {
      Versions.requireNoIfMatch(ifMatch);
      set = new RatingSet(useCaseId, grid.getId(), rater);
    } else {
      Versions.check(Versions.expected(ifMatch), set.getVersion(), Messages.get("vigie.scoring.rating.what"));
      before = RatingAudit.of(set);
    }
    RaterScores scores = RaterScores.of(grid.getCriteria(), levels);
    String comment = request.comment == null || request.comment.isBlank() ? null : request.comment.strip();
    set.rate(levels, scores.valueScore(), scores.feasibilityScore(), scores.complete(), comment);
    if (set.getId() == null) {
      repository.persist(set);
    }
    repository.flush();
    keeper.recompute(score, grid);
    repository.flush();
    audit.record(RATING_AUDIT_TYPE, set.getId(), before, RatingAudit.of(set));
    return dto(set, grid, grid.getId());
  }

  /** What the audit trail keeps of a rating set. */
  record RatingAudit(long useCaseId, long gridId, String rater, String levels, Double valueScore,
      Double feasibilityScore, boolean complete, String comment) {
    static RatingAudit of(RatingSet s) {
      StringBuilder levels = new StringBuilder();
      s.getLevels().stream().sorted(java.util.Comparator.comparingLong(CriterionLevel::getCriterionId))
          .forEach(l -> levels.append(levels.isEmpty() ? "" : ", ").append(l.getCriterionId()).append('=')
              .append(l.getLevel()));
      return new RatingAudit(s.getUseCaseId(), s.getGridId(), s.getRater(), levels.toString(), s.getValueScore(),
          s.getFeasibilityScore(), s.isComplete(), s.getComment());
    }
  }

  // ---------------------------------------------------------------- scores

  public UseCaseScoresDto scores(long useCaseId) {
    requireUseCase(useCaseId);
    UseCaseScore score = repository.score(useCaseId).orElse(null);
    ScoringGrid grid = score == null ? defaultGrid() : grid(score.getGridId());
    return dto(useCaseId, score, grid);
  }

  public List<UseCaseScoreSummary> summaries(List<Long> ids) {
    if (ids.size() > MAX_LIST_IDS) {
      throw ProblemException.invalid("ids", Messages.get("vigie.scoring.ids.size", MAX_LIST_IDS));
    }
    return repository.scores(ids.stream().distinct().toList()).stream().map(ScoringService::summary).toList();
  }

  public HistoryPage history(long useCaseId, PageRequest paging) {
    requireUseCase(useCaseId);
    return audit.history(SCORE_AUDIT_TYPE, useCaseId, paging);
  }

  /** Sets an axis score by hand; the computed statistics stay. If-Match: the aggregate's version. */
  public UseCaseScoresDto override(long useCaseId, Axis axis, String ifMatch, ScoreOverrideRequest request) {
    long expected = Versions.expected(ifMatch);
    UseCaseScore score = lockForChange(useCaseId, expected);
    ScoringGrid grid = grid(score.getGridId());
    ScoreAudit before = ScoreAudit.of(score);
    score.override(axis, new AxisOverride(request.score, request.reason.strip(), currentUser.name(),
        Instant.now().truncatedTo(ChronoUnit.MICROS)));
    keeper.recompute(score, grid);
    repository.flush();
    audit.record(SCORE_AUDIT_TYPE, useCaseId, before, ScoreAudit.of(score));
    return dto(useCaseId, score, grid);
  }

  public UseCaseScoresDto removeOverride(long useCaseId, Axis axis, String ifMatch) {
    long expected = Versions.expected(ifMatch);
    UseCaseScore score = lockForChange(useCaseId, expected);
    if (!score.overrideOf(axis).isSet()) {
      throw ProblemException.notFound("Score override", axis);
    }
    ScoringGrid grid = grid(score.getGridId());
    ScoreAudit before = ScoreAudit.of(score);
    score.override(axis, null);
    keeper.recompute(score, grid);
    repository.flush();
    audit.record(SCORE_AUDIT_TYPE, useCaseId, before, ScoreAudit.of(score));
    return dto(useCaseId, score, grid);
  }

  /**
   * Explicit re-scoring: the use case is scored against {@code gridId} from now on. Rating sets of other versions
   * stay (visible, not counted); overrides, given on the old figures, are removed. Audited.
   */
  public UseCaseScoresDto chooseGrid(long useCaseId, String ifMatch, ScoringGridChoiceRequest request) {
    long expected = Versions.expected(ifMatch);
    ScoringGrid grid = repository.grid(request.gridId).orElseThrow(() ->
        ProblemException.invalid("gridId", Messages.get("vigie.scoring.grid.unknown", request.gridId)));
    UseCaseScore score = lockForChange(useCaseId, expected);
    ScoreAudit before = ScoreAudit.of(score);
    score.scoreAgainst(grid.getId());
    score.override(Axis.VALUE, null);
    score.override(Axis.FEASIBILITY, null);
    keeper.recompute(score, grid);
    repository.flush();
    audit.record(SCORE_AUDIT_TYPE, useCaseId, before, ScoreAudit.of(score));
    return dto(useCaseId, score, grid);
  }

  /** What the audit trail keeps of an aggregate's hand-made parts (the computed figures for context). */
  record ScoreAudit(long gridId, Double computedValue, Double valueOverride, String valueOverrideReason,
      Double computedFeasibility, Double feasibilityOverride, String feasibilityOverrideReason) {
    static ScoreAudit of(UseCaseScore s) {
      return new ScoreAudit(s.getGridId(), s.statisticsOf(Axis.VALUE).getMean(),
          s.overrideOf(Axis.VALUE).getScore(), s.overrideOf(Axis.VALUE).getReason(),
          s.statisticsOf(Axis.FEASIBILITY).getMean(), s.overrideOf(Axis.FEASIBILITY).getScore(),
          s.overrideOf(Axis.FEASIBILITY).getReason());
    }
  }

  public ScoreExplanationDto explanation(long useCaseId) {
    requireUseCase(useCaseId);
    UseCaseScore score = repository.score(useCaseId).orElse(null);
    ScoringGrid grid = score == null ? defaultGrid() : grid(score.getGridId());
    List<ScoringCriterion> criteria = grid.getCriteria();
    List<ScoreExplanationDto.RaterExplanationDto> raters = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Double> feasibilities = new ArrayList<>();
    for (RatingSet set : repository.ratingSets(useCaseId, grid.getId())) {
      RaterScores s = RaterScores.of(criteria, set.getLevels());
      if (s.value() != null) {
        values.add(s.valueScore());
      }
      if (s.feasibility() != null) {
        feasibilities.add(s.feasibilityScore());
      }
      raters.add(new ScoreExplanationDto.RaterExplanationDto(set.getRater(), levels(set),
          work(Axis.VALUE, s.value()), work(Axis.FEASIBILITY, s.feasibility()), s.complete()));
    }
    Double valueOverride = score == null ? null : score.overrideOf(Axis.VALUE).getScore();
    Double feasibilityOverride = score == null ? null : score.overrideOf(Axis.FEASIBILITY).getScore();
    var aggregate = ScoreCalculator.aggregate(values, feasibilities, valueOverride, feasibilityOverride,
        ScoreKeeper.rules(grid));
    Locale locale = RequestLocale.current();
    List<String> formulas = new ArrayList<>();
    for (String key : List.of("axis", "statistics", "disagreement", "quadrant", "priority", "override", "counted")) {
      formulas.add(Messages.get(locale, "vigie.scoring.formula." + key, grid.getDisagreementThreshold(),
          grid.getValueThreshold(), grid.getFeasibilityThreshold(), grid.getValuePriorityWeight(),
          grid.getFeasibilityPriorityWeight(), grid.getVersionNumber()));
    }
    return new ScoreExplanationDto(useCaseId, grid.getId(), grid.getVersionNumber(), name(grid), formulas,
        criteria.stream().map(ScoringGridService::dto).toList(), raters,
        axis(Axis.VALUE, values, aggregate.value(), score, aggregate.effectiveValue()),
        axis(Axis.FEASIBILITY, feasibilities, aggregate.feasibility(), score, aggregate.effectiveFeasibility()),
        grid.getDisagreementThreshold(), aggregate.disagreement(), grid.getValueThreshold(),
        grid.getFeasibilityThreshold(), aggregate.quadrant(), grid.getValuePriorityWeight(),
        grid.getFeasibilityPriorityWeight(), aggregate.priority());
  }

  private static ScoreExplanationDto.AxisWorkDto work(Axis axis, AxisScore s) {
    return s == null ? null
        : new ScoreExplanationDto.AxisWorkDto(axis, s.sumWeights(), s.sumWeightedLevels(), s.weightedMean(),
            s.score());
  }

  private static ScoreExplanationDto.AxisExplanationDto axis(Axis axis, List<Double> scores,
      fr.vigie.scoring.control.ScoreStatistics s, UseCaseScore score, Double effective) {
    AxisOverride o = score == null ? AxisOverride.none() : score.overrideOf(axis);
    return new ScoreExplanationDto.AxisExplanationDto(axis, scores, s.n(), s.mean(), s.median(), s.min(), s.max(),
        s.standardDeviation(), s.spread(), o.getScore(), o.getReason(), effective);
  }

  // ---------------------------------------------------------------- evidence

  /** Whether some rater rated every criterion of the use case's current grid version (pipeline gate). */
  public boolean hasCompleteRating(long useCaseId) {
    return repository.hasCompleteRating(useCaseId);
  }

  // ---------------------------------------------------------------- helpers

  private UseCaseScore lockForChange(long useCaseId, long expected) {
    if (!repository.lockUseCase(useCaseId)) {
      throw ProblemException.notFound("Use case", useCaseId);
    }
    UseCaseScore score = lockedScore(useCaseId);
    Versions.check(expected, score.getVersion(), Messages.get("vigie.scoring.score.what"));
    return score;
  }

  /** The aggregate row locked for update, created against the default grid's latest version on first use. */
  private UseCaseScore lockedScore(long useCaseId) {
    return repository.scoreForUpdate(useCaseId).orElseGet(() -> {
      var created = new UseCaseScore(useCaseId, defaultGrid().getId());
      repository.persist(created);
      repository.flush();
      return created;
    });
  }

  private long currentGridId(long useCaseId) {
    return repository.score(useCaseId).map(UseCaseScore::getGridId).orElseGet(() -> defaultGrid().getId());
  }

  private ScoringGrid defaultGrid() {
    return repository.latest(ScoringRepository.DEFAULT_FAMILY)
        .orElseThrow(() -> new IllegalStateException("the default scoring grid is missing (V035)"));
  }

  private ScoringGrid grid(long id) {
    return repository.grid(id).orElseThrow(() -> new IllegalStateException("grid " + id + " vanished"));
  }

  private void requireUseCase(long useCaseId) {
    if (!repository.useCaseExists(useCaseId)) {
      throw ProblemException.notFound("Use case", useCaseId);
    }
  }

  static String name(ScoringGrid grid) {
    return "en".equals(RequestLocale.current().getLanguage()) ? grid.getNameEn() : grid.getNameFr();
  }

  private static List<RatingSetDto.RatedCriterionDto> levels(RatingSet s) {
    return s.getLevels().stream().sorted(java.util.Comparator.comparingLong(CriterionLevel::getCriterionId))
        .map(l -> new RatingSetDto.RatedCriterionDto(l.getCriterionId(), l.getLevel())).toList();
  }

  static RatingSetDto dto(RatingSet s, ScoringGrid grid, long currentGridId) {
    return new RatingSetDto(s.getId(), s.getUseCaseId(), s.getGridId(), grid.getVersionNumber(), s.getRater(),
        levels(s), s.getValueScore(), s.getFeasibilityScore(), s.isComplete(), s.getGridId() == currentGridId,
        s.getComment(), s.getCreatedAt(), s.getUpdatedAt(), s.getVersion());
  }

  private UseCaseScoresDto dto(long useCaseId, UseCaseScore score, ScoringGrid grid) {
    List<UseCaseScoresDto.RaterScoreDto> raters = score == null ? List.of()
        : repository.raterScores(useCaseId, grid.getId()).stream()
            .map(r -> new UseCaseScoresDto.RaterScoreDto((String) r[0], (Double) r[1], (Double) r[2],
                (Boolean) r[3]))
            .toList();
    if (score == null) {
      var none = new UseCaseScoresDto.AxisAggregateDto(0, null, null, null, null, null, null, 0, null, null);
      return new UseCaseScoresDto(useCaseId, grid.getId(), grid.getVersionNumber(), name(grid), 0, 0,
          withThreshold(none, grid.getValueThreshold()), withThreshold(none, grid.getFeasibilityThreshold()),
          false, grid.getDisagreementThreshold(), null, null, raters, 0);
    }
    return new UseCaseScoresDto(useCaseId, grid.getId(), grid.getVersionNumber(), name(grid),
        score.getRaterCount(), score.getCompleteRaterCount(), axis(score, Axis.VALUE, grid.getValueThreshold()),
        axis(score, Axis.FEASIBILITY, grid.getFeasibilityThreshold()), score.isDisagreement(),
        grid.getDisagreementThreshold(), score.getQuadrant(), score.getPriority(), raters, score.getVersion());
  }

  private static UseCaseScoresDto.AxisAggregateDto withThreshold(UseCaseScoresDto.AxisAggregateDto a, double t) {
    return new UseCaseScoresDto.AxisAggregateDto(a.raters(), a.computed(), a.median(), a.min(), a.max(),
        a.standardDeviation(), a.spread(), t, a.override(), a.effective());
  }

  private static UseCaseScoresDto.AxisAggregateDto axis(UseCaseScore score, Axis axis, double threshold) {
    AxisStatistics s = score.statisticsOf(axis);
    AxisOverride o = score.overrideOf(axis);
    Double spread = s.getRaters() == 0 ? null : s.getMax() - s.getMin();
    return new UseCaseScoresDto.AxisAggregateDto(s.getRaters(), s.getMean(), s.getMedian(), s.getMin(),
        s.getMax(), s.getSd(), spread, threshold,
        o.isSet() ? new UseCaseScoresDto.ScoreOverrideDto(o.getScore(), o.getReason(), o.getAuthor(), o.getAt())
            : null,
        o.isSet() ? o.getScore() : s.getMean());
  }

  private static UseCaseScoreSummary summary(UseCaseScore s) {
    AxisOverride v = s.overrideOf(Axis.VALUE);
    AxisOverride f = s.overrideOf(Axis.FEASIBILITY);
    return new UseCaseScoreSummary(s.getUseCaseId(), s.getGridId(), s.getRaterCount(),
        v.isSet() ? v.getScore() : s.statisticsOf(Axis.VALUE).getMean(),
        f.isSet() ? f.getScore() : s.statisticsOf(Axis.FEASIBILITY).getMean(), v.isSet(), f.isSet(),
        s.getPriority(), s.getQuadrant(), s.isDisagreement());
  }

}
