package fr.vigie.scoring.boundary;

import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.Violation;
import fr.vigie.platform.security.CurrentUser;
import fr.vigie.scoring.control.ScoringRepository;
import fr.vigie.scoring.entity.Axis;
import fr.vigie.scoring.entity.ScoringCriterion;
import fr.vigie.scoring.entity.ScoringGrid;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Scoring grids: versions are written whole and never changed; editing writes the next version. */
@ApplicationScoped
@Transactional
public class ScoringGridService {

  public static final String AUDIT_TYPE = "ScoringGrid";
  static final double DEFAULT_DISAGREEMENT = 25;
  static final double DEFAULT_THRESHOLD = 50;
  static final double DEFAULT_VALUE_WEIGHT = 0.6;
  static final double DEFAULT_FEASIBILITY_WEIGHT = 0.4;

  @Inject ScoringRepository repository;
  @Inject AuditTrail audit;
  @Inject CurrentUser currentUser;

  public List<ScoringGridDto> list(boolean allVersions) {
    List<ScoringGrid> grids = repository.grids(!allVersions);
    List<ScoringGridDto> dtos = new ArrayList<>();
    for (ScoringGrid g : grids) {
      dtos.add(dto(g, allVersions ? repository.latestVersionNumber(g.getFamilyCode()) == g.getVersionNumber()
          : true));
    }
    return dtos;
  }

  public ScoringGridDto get(long id) {
    ScoringGrid grid = load(id);
    return dto(grid, repository.latestVersionNumber(grid.getFamilyCode()) == grid.getVersionNumber());
  }

  public ScoringGridDto create(ScoringGridRequest request) {
    List<Violation> violations = new ArrayList<>(check(request));
    if (request.familyCode == null || request.familyCode.isBlank()) {
      violations.add(new Violation("familyCode", Messages.get("vigie.scoring.family.required")));
    } else if (repository.familyExists(request.familyCode)) {
      violations.add(new Violation("familyCode", Messages.get("vigie.scoring.family.exists")));
    }
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    return write(request.familyCode, 1, request);
  }

  /** The next version of grid {@code id}'s family; {@code id} must be the latest version (else 409). */
  public ScoringGridDto newVersion(long id, ScoringGridRequest request) {
    ScoringGrid base = load(id);
    List<Violation> violations = check(request);
    if (!violations.isEmpty()) {
      throw ProblemException.invalid(violations);
    }
    int latest = repository.latestVersionNumber(base.getFamilyCode());
    if (latest != base.getVersionNumber()) {
      throw new ProblemException(ProblemType.CONFLICT,
          Messages.get("vigie.scoring.grid.notLatest", base.getVersionNumber(), latest));
    }
    return write(base.getFamilyCode(), latest + 1, request);
  }

  private ScoringGridDto write(String family, int versionNumber, ScoringGridRequest r) {
    var grid = new ScoringGrid(family, versionNumber, new ScoringGrid.Content(r.nameFr.strip(), r.nameEn.strip(),
        r.description == null || r.description.isBlank() ? null : r.description.strip(),
        or(r.disagreementThreshold, DEFAULT_DISAGREEMENT), or(r.valueThreshold, DEFAULT_THRESHOLD),
        or(r.feasibilityThreshold, DEFAULT_THRESHOLD), or(r.valuePriorityWeight, DEFAULT_VALUE_WEIGHT),
        or(r.feasibilityPriorityWeight, DEFAULT_FEASIBILITY_WEIGHT)),
        currentUser.name(), Instant.now().truncatedTo(ChronoUnit.MICROS));
    for (ScoringCriterionRequest c : r.criteria) {
      grid.addCriterion(c.axis, c.code, c.labelFr.strip(), c.labelEn.strip(), c.weight,
          c.anchorsFr.stream().map(String::strip).toList(), c.anchorsEn.stream().map(String::strip).toList());
    }
    repository.persist(grid);
    repository.flush();
    ScoringGridDto dto = dto(grid, true);
    audit.record(AUDIT_TYPE, grid.getId(), null, dto);
    return dto;
  }

  private static List<Violation> check(ScoringGridRequest r) {
    List<Violation> violations = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    Set<Axis> axes = new HashSet<>();
    for (int i = 0; i < r.criteria.size(); i++) {
      ScoringCriterionRequest c = r.criteria.get(i);
      axes.add(c.axis);
      if (!codes.add(c.code)) {
        violations.add(new Violation("criteria[" + i + "].code", Messages.get("vigie.scoring.code.duplicate")));
      }
    }
    if (axes.size() < Axis.values().length) {
      violations.add(new Violation("criteria", Messages.get("vigie.scoring.criteria.bothAxes")));
    }
    return violations;
  }

  private static double or(Double value, double fallback) {
    return value == null ? fallback : value;
  }

  ScoringGrid load(long id) {
    return repository.grid(id).orElseThrow(() -> ProblemException.notFound("Scoring grid", id));
  }

  static ScoringGridDto dto(ScoringGrid g, boolean latest) {
    return new ScoringGridDto(g.getId(), g.getFamilyCode(), g.getVersionNumber(), latest, g.getNameFr(),
        g.getNameEn(), g.getDescription(), g.getDisagreementThreshold(), g.getValueThreshold(),
        g.getFeasibilityThreshold(), g.getValuePriorityWeight(), g.getFeasibilityPriorityWeight(),
        g.getCreatedBy(), g.getCreatedAt(), g.getCriteria().stream().map(ScoringGridService::dto).toList());
  }

  static ScoringCriterionDto dto(ScoringCriterion c) {
    return new ScoringCriterionDto(c.getId(), c.getAxis(), c.getPosition(), c.getCode(), c.getLabelFr(),
        c.getLabelEn(), c.getWeight(), c.anchorsFr(), c.anchorsEn());
  }
}
