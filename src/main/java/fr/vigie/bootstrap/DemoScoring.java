package fr.vigie.bootstrap;

import fr.vigie.platform.security.CurrentUser;
import fr.vigie.platform.security.Roles;
import fr.vigie.scoring.boundary.RatingRequest;
import fr.vigie.scoring.boundary.ScoringGridDto;
import fr.vigie.scoring.boundary.ScoringGridService;
import fr.vigie.scoring.boundary.ScoringService;
import fr.vigie.users.boundary.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo innovation committee: six raters (contributors) besides the innovation, contributor and admin users, and
 * their ratings of demo use cases against the default grid, made through the service so that every score is
 * computed by the core. Loaded with the rest of the demo data, once, on an empty database.
 */
@ApplicationScoped
class DemoScoring {

  /** user name, display name. */
  static final List<List<String>> RATERS = List.of(
      List.of("cadre.sante", "Camille Cadre de santé (démo)"),
      List.of("medecin.dim", "Dr Mathieu Médecin DIM (démo)"),
      List.of("pharmacienne", "Pauline Pharmacienne (démo)"),
      List.of("ingenieur.bio", "Ibrahim Ingénieur biomédical (démo)"),
      List.of("secretaire.med", "Sophie Secrétaire médicale (démo)"),
      List.of("rssi", "Romain Responsable sécurité SI (démo)"));

  @Inject UserService users;
  @Inject ScoringService scoring;
  @Inject ScoringGridService grids;
  @Inject CurrentUser currentUser;

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  /**
   * Ratings of the demo use cases (by title): two to four raters each, value levels first then feasibility, in the
   * default grid's order (time, care, working conditions, patient, strategy; data, complexity, regulatory, cost,
   * team). The prioritised ones and beyond get at least one complete rating (their pipeline gate).
   */
  static final Map<String, List<Object[]>> RATINGS = Map.of(
      "Pré-rédaction des courriers de sortie", List.of(
          new Object[] {"innovation", new int[] {5, 4, 4, 5, 4, 3, 3, 2, 3, 4}},
          new Object[] {"medecin.dim", new int[] {4, 4, 3, 5, 4, 3, 2, 2, 3, 4}},
          new Object[] {"secretaire.med", new int[] {5, 3, 5, 4, 3, 4, 3, 3, 3, 5}}),
      "Codage PMSI assisté des séjours", List.of(
          new Object[] {"innovation", new int[] {4, 2, 3, 1, 5, 4, 2, 3, 2, 4}},
          new Object[] {"medecin.dim", new int[] {5, 2, 4, 1, 5, 4, 2, 3, 2, 5}}),
      "Tri automatique des factures fournisseurs", List.of(
          new Object[] {"innovation", new int[] {4, 1, 4, 1, 3, 5, 4, 5, 4, 4}},
          new Object[] {"cadre.sante", new int[] {3, 1, 3, 1, 3, 4, 4, 5, 4, 3}}),
      "Reconnaissance vocale pour les comptes rendus d'imagerie", List.of(
          new Object[] {"innovation", new int[] {4, 3, 4, 4, 3, 4, 3, 3, 3, 4}},
          new Object[] {"ingenieur.bio", new int[] {3, 3, 3, 4, 3, 4, 4, 3, 3, 3}},
          new Object[] {"rssi", new int[] {3, 3, 3, 3, 3, 3, 3, 2, 3, 3}}),
      "Alerte précoce de sepsis aux urgences", List.of(
          new Object[] {"innovation", new int[] {2, 5, 3, 5, 5, 3, 2, 1, 2, 4}},
          new Object[] {"medecin.dim", new int[] {2, 5, 2, 5, 5, 3, 1, 1, 2, 4}},
          new Object[] {"pharmacienne", new int[] {1, 5, 3, 4, 4, 2, 2, 1, 3, 3}},
          new Object[] {"rssi", new int[] {2, 4, 2, 4, 4, 3, 2, 1, 2, 3}}),
      "Programmation des blocs opératoires", List.of(
          new Object[] {"cadre.sante", new int[] {4, 3, 4, 3, 4, 2, 1, 3, 2, 3}},
          new Object[] {"contributeur", new int[] {3, 3, 4, 2, 4}}),
      "Assistant temps de travail pour les agents", List.of(
          new Object[] {"innovation", new int[] {3, 1, 4, 1, 3, 4, 4, 4, 4, 3}},
          new Object[] {"cadre.sante", new int[] {2, 1, 5, 1, 3, 4, 5, 4, 4, 4}}));

  void ratings() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("select id, title from use_case where demo = true").getResultList();
    for (Object[] row : rows) {
      List<Object[]> ratings = RATINGS.get((String) row[1]);
      if (ratings == null) {
        continue;
      }
      long id = ((Number) row[0]).longValue();
      for (Object[] r : ratings) {
        rate(id, (String) r[0], (int[]) r[1]);
      }
    }
  }

  void raters(String password) {
    for (List<String> r : RATERS) {
      users.create(r.get(0), r.get(1), password, Set.of(Roles.CONTRIBUTOR));
    }
  }

  /** One rater's levels on the default grid, value criteria first then feasibility, in grid order. */
  void rate(long useCaseId, String rater, int... levels) {
    ScoringGridDto grid = grids.list(false).stream().filter(g -> g.familyCode().equals("hopital")).findFirst()
        .orElseThrow();
    var request = new RatingRequest();
    request.ratings = new ArrayList<>();
    for (int i = 0; i < levels.length; i++) {
      var level = new RatingRequest.CriterionLevelRequest();
      level.criterionId = grid.criteria().get(i).id();
      level.level = levels[i];
      request.ratings.add(level);
    }
    currentUser.runAs(rater, () -> scoring.rate(useCaseId, null, request));
  }
}
