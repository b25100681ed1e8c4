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
import java.util.ArrayList;
import java.util.List;
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
