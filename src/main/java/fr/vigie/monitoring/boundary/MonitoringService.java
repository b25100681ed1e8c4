package fr.vigie.monitoring.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.audit.boundary.HistoryPage;
import fr.vigie.monitoring.control.CheckCsv;
import fr.vigie.monitoring.control.CheckEvaluator;
import fr.vigie.monitoring.control.CheckOptions;
import fr.vigie.monitoring.control.LineThresholds;
import fr.vigie.monitoring.control.MonitoringRepository;
import fr.vigie.monitoring.entity.MonitoringCheck;
import fr.vigie.monitoring.entity.MonitoringLine;
import fr.vigie.monitoring.entity.MonitoringMethod;
import fr.vigie.platform.concurrency.Versions;
import fr.vigie.platform.crud.CrudService;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.json.JsonConfiguration;
import fr.vigie.platform.json.RawJson;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.StatisticsRefusals;
import fr.vigie.platform.problem.Violation;
import fr.vigie.platform.security.CurrentUser;
import fr.vigie.platform.stats.InvalidStatisticsInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Monitoring plans (the lines of an AI system) and their checks: the transaction boundary of the feature. */
@ApplicationScoped
@Transactional
public class MonitoringService implements CrudService<MonitoringLineDto, MonitoringLineRequest> {

  public static final String LINE_AUDIT_TYPE = "MonitoringLine";
  public static final String CHECK_AUDIT_TYPE = "MonitoringCheck";
  /** Due dates are civil dates in metropolitan France, as the register's review dates. */
  static final ZoneId HOSPITAL_ZONE = ZoneId.of("Europe/Paris");

  @Inject MonitoringRepository repository;
  @Inject MonitoringMapper mapper;
  @Inject MonitoringAlertService alerts;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  Clock clock = Clock.system(HOSPITAL_ZONE);

  /** The plan of an AI system: its lines, paged. */
  public MonitoringLinePage lines(long aiSystemId, PageRequest paging) {
    requireSystem(aiSystemId);
    List<MonitoringLine> lines = repository.lines(aiSystemId, paging);
    LocalDate today = today();
    var items = lines.stream().map(l -> mapper.toDto(l, new MonitoringMapper.Due(l.getLastPeriodEnd(), today))).toList();
    return new MonitoringLinePage(items, repository.countLines(aiSystemId), paging.page(), paging.size());
  }

  @Override
  public MonitoringLineDto get(long id) {
    return dto(load(id));
  }

  @Override
  public MonitoringLineDto create(MonitoringLineRequest request) {
    if (!repository.systemExists(request.aiSystemId)) {
      throw new ProblemException(ProblemType.VALIDATION, "aiSystemId: unknown AI system " + request.aiSystemId,
          List.of(new Violation("aiSystemId", Messages.get("vigie.monitoring.unknownSystem", request.aiSystemId))));
    }
    var line = new MonitoringLine(request.aiSystemId);
    apply(request, line);
    repository.persist(line);
    repository.flush();
    var dto = dto(line);
    audit.record(LINE_AUDIT_TYPE, line.getId(), null, dto);
    return dto;
  }

  @Override
  public MonitoringLineDto update(long id, long expectedVersion, MonitoringLineRequest request) {
    var line = lockedLine(id);
    Versions.check(expectedVersion, line.getVersion(), "This monitoring line");
    if (request.aiSystemId != line.getAiSystemId()) {
      throw ProblemException.invalid("aiSystemId", Messages.get("vigie.monitoring.systemFixed"));
    }
    var before = dto(line);
    apply(request, line);
    repository.flush();
    var after = dto(line);
    if (!after.equals(before)) {
      audit.record(LINE_AUDIT_TYPE, id, before, after);
    }
    return after;
  }

  @Override
  public void delete(long id, long expectedVersion) {
    var line = lockedLine(id);
    Versions.check(expectedVersion, line.getVersion(), "This monitoring line");
    if (repository.countChecks(id) > 0) {
      throw new ProblemException(ProblemType.CONFLICT,
          "Monitoring line " + id + " has recorded checks; their figures stay explainable only with the line.");
    }
    var before = dto(line);
    repository.remove(line);
    repository.flush();
    audit.record(LINE_AUDIT_TYPE, id, before, null);
  }

  public HistoryPage history(long id, PageRequest paging) {
    if (repository.findLine(id).isEmpty() && !audit.deletedHistoryReadable(LINE_AUDIT_TYPE, id)) {
      throw ProblemException.notFound("Monitoring line", id);
    }
    return audit.history(LINE_AUDIT_TYPE, id, paging);
  }

  // ------------------------------------------------------------------ checks

  public MonitoringCheckPage checks(long lineId, PageRequest paging) {
    load(lineId);
    var items = repository.checks(lineId, paging).stream().map(this::dto).toList();
    return new MonitoringCheckPage(items, repository.countChecks(lineId), paging.page(), paging.size());
  }

  /** Computes and records one check; a refused check stores nothing. */
  public MonitoringCheckDto record(long lineId, CheckRequest request) {
    MonitoringLine line = lockedLine(lineId);
    requirePeriodOrder(request);
    if (repository.checkExists(lineId, request.periodStart, request.periodEnd)) {
      throw new ProblemException(ProblemType.CONFLICT, Messages.get("vigie.unique.uq_monitoring_check_period"),
          List.of(new Violation("periodStart", Messages.get("vigie.unique.uq_monitoring_check_period"))));
    }
    return store(line, request);
  }

  private static void requirePeriodOrder(CheckRequest request) {
    if (request.periodEnd.isBefore(request.periodStart)) {
      throw ProblemException.invalid("periodEnd", Messages.get("vigie.monitoring.periodOrder"));
    }
  }

  /** Computes and stores a check of a locked line for a period it has no check for yet. */
  private MonitoringCheckDto store(MonitoringLine line, CheckRequest request) {
    long lineId = line.getId();
    LineThresholds thresholds = LineThresholds.of(line).effective(line.getMethod());
    CheckEvaluator.Evaluation evaluation;
    try {
      evaluation = CheckEvaluator.evaluate(line.getMethod(), line.getWatchedKind(), thresholds,
          new CheckEvaluator.CheckData(request.reference, request.current, request.periods,
              request.referencePeriods, request.mu0, request.sigma, request.options));
    } catch (InvalidStatisticsInputException e) {
      throw StatisticsRefusals.invalid(e);
    }
    var check = new MonitoringCheck(lineId, request.periodStart, request.periodEnd, line.getMethod(),
        evaluation.severity(), evaluation.primaryFigure(),
        evaluation.primaryValue().finite() ? evaluation.primaryValue().value() : null, json(thresholds),
        json(evaluation.options()), json(request), json(evaluation.result()), currentUser.name(),
        Instant.now().truncatedTo(ChronoUnit.MICROS));
    repository.persist(check); // an identity column: inserted now
    audit.record(CHECK_AUDIT_TYPE, check.getId(), null, new CheckAudit(lineId, check.getPeriodStart(),
        check.getPeriodEnd(), check.getMethod(), check.getSeverity(), check.getPrimaryFigure(),
        check.getPrimaryValue()));
    if (check.isBreach()) {
      check.assignAlert(alerts.breach(line, check));
    }
    // last: its UPDATE (with the alert's, flushed just before it) moves the register revision (see the method)
    repository.recordCheckedPeriod(line, check.getPeriodEnd());
    return dto(check);
  }

  /**
   * Records one check posted as CSV (docs/computations.md, "Checks as CSV"): the rows are read into the same data
   * as a JSON check and recorded by {@link #record}, so validation and storage are identical; a refusal of a value
   * names its CSV cell ({@code csv.line[12].current}).
   */
  public MonitoringCheckDto recordCsv(long lineId, CsvCheckQuery query, byte[] body) {
    MonitoringLine line = load(lineId);
    String text = CheckCsv.text(body);
    CheckRequest request = query.toRequest();
    CheckCsv.Result rows = CheckCsv.read(line.getMethod().family(), text);
    request.reference = rows.reference();
    request.current = rows.current();
    request.periods = rows.periods();
    request.referencePeriods = rows.referencePeriods();
    try {
      return record(lineId, request);
    } catch (ProblemException refused) {
      throw rows.renamed(refused);
    }
  }

  /**
   * Records many checks in one transaction: any refusal refuses the whole posting (its violations are prefixed
   * {@code checks[i].}), so nothing is stored. Idempotent per (line, period): a check already recorded with the
   * same data is returned as {@code EXISTING} and not recorded again; different data for a recorded period is a
   * 409, as a correction is not a retry.
   */
  public BulkChecksResult recordAll(BulkChecksRequest request) {
    request.checks.stream().map(c -> c.lineId).filter(java.util.Objects::nonNull).distinct().sorted()
        .forEach(repository::lockLine);
    List<BulkChecksResult.Item> items = new java.util.ArrayList<>();
    for (int i = 0; i < request.checks.size(); i++) {
      BulkCheck posted = request.checks.get(i);
      String prefix = "checks[" + i + "].";
      CheckRequest check = posted.single();
      if (repository.findLine(posted.lineId).isEmpty()) {
        throw ProblemException.invalid(prefix + "lineId", Messages.get("vigie.monitoring.unknownLine", posted.lineId));
      }
      var existing = repository.findCheck(posted.lineId, check.periodStart, check.periodEnd);
      if (existing.isPresent()) {
        if (!existing.get().getInputJson().equals(json(check))) {
          String message = Messages.get("vigie.monitoring.periodRecordedDifferently");
          throw new ProblemException(ProblemType.CONFLICT, prefix + "periodStart: " + message,
              List.of(new Violation(prefix + "periodStart", message)));
        }
        items.add(new BulkChecksResult.Item(i, posted.lineId, BulkChecksResult.Outcome.EXISTING,
            dto(existing.get())));
        continue;
      }
      try {
        // the line is locked and the period has no check (looked up just above): store it directly
        requirePeriodOrder(check);
        items.add(new BulkChecksResult.Item(i, posted.lineId, BulkChecksResult.Outcome.CREATED,
            store(lockedLine(posted.lineId), check)));
      } catch (ProblemException refused) {
        List<Violation> violations = refused.violations() == null ? null : refused.violations().stream()
            .map(v -> new Violation(prefix + v.field(), v.message())).toList();
        throw new ProblemException(refused.type(), prefix + refused.detail(), violations);
      }
    }
    return new BulkChecksResult(items);
  }

  /** What the audit trail keeps of a check (its data stays in the check itself, which never changes). */
  record CheckAudit(long lineId, LocalDate periodStart, LocalDate periodEnd, MonitoringMethod method,
      fr.vigie.platform.stats.Severity severity, String primaryFigure, Double primaryValue) {}

  // ------------------------------------------------------------------ helpers

  private void apply(MonitoringLineRequest request, MonitoringLine line) {
    mapper.update(request, line);
    line.setName(request.name.trim());
    line.setOwner(request.owner.trim());
    MonitoringMethod method = request.method != null ? request.method : request.watchedKind.defaultMethod();
    if (!request.watchedKind.accepts(method)) {
      throw ProblemException.invalid("method",
          Messages.get("vigie.monitoring.methodKind", method, request.watchedKind));
    }
    line.setMethod(method);
    LineThresholds overrides = request.thresholds == null ? LineThresholds.NONE : request.thresholds;
    try {
      overrides.effective(method);
    } catch (InvalidStatisticsInputException e) {
      throw StatisticsRefusals.invalid(e);
    }
    overrides.applyTo(line);
    if (request.startsOn != null) {
      line.setStartsOn(request.startsOn);
    } else if (line.getStartsOn() == null) {
      line.setStartsOn(today());
    }
    repository.refreshNextDue(line);
  }

  private MonitoringLineDto dto(MonitoringLine line) {
    return mapper.toDto(line, new MonitoringMapper.Due(line.getLastPeriodEnd(), today()));
  }

  private MonitoringCheckDto dto(MonitoringCheck c) {
    return new MonitoringCheckDto(c.getId(), c.getLineId(), c.getPeriodStart(), c.getPeriodEnd(), c.getMethod(),
        c.getSeverity(), c.isBreach(), c.getPrimaryFigure(), c.getPrimaryValue(),
        read(c.getThresholdsJson(), LineThresholds.class), read(c.getOptionsJson(), CheckOptions.class),
        new RawJson(c.getInputJson()), new RawJson(c.getResultJson()), c.getRecordedBy(),
        c.getRecordedAt(), c.getAlertId());
  }

  private MonitoringLine lockedLine(long id) {
    return repository.lockLine(id).orElseThrow(() -> ProblemException.notFound("Monitoring line", id));
  }

  private MonitoringLine load(long id) {
    return repository.findLine(id).orElseThrow(() -> ProblemException.notFound("Monitoring line", id));
  }

  private void requireSystem(long aiSystemId) {
    if (!repository.systemExists(aiSystemId)) {
      throw ProblemException.notFound("AI system", aiSystemId);
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static String json(Object value) {
    try {
      return JsonConfiguration.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a check's data could not be written as JSON", e);
    }
  }

  private static <T> T read(String json, Class<T> type) {
    try {
      return JsonConfiguration.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored check could not be read", e);
    }
  }
}
