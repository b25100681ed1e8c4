package fr.vigie.bootstrap;

import fr.vigie.platform.security.Roles;
import fr.vigie.users.boundary.UserService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Set;

/**
 * The demo data set: one documented user per role (all with the password {@value #PASSWORD}) and a
 * fictitious hospital group ("GHT Démo") with its AI systems. Everything is marked as demo data.
 * Loaded in one transaction: all or nothing.
 */
@ApplicationScoped
public class DemoData {

  public static final String PASSWORD = "vigie-demo";

  @Inject UserService users;

  @Transactional
  public void load() {
    users.create("admin", "Alice Admin (démo)", PASSWORD, Set.of(Roles.ADMIN));
    users.create("innovation", "Ines Innovation (démo)", PASSWORD, Set.of(Roles.INNOVATION));
    users.create("qualite", "Quentin Qualité (démo)", PASSWORD, Set.of(Roles.QUALITY));
    users.create("ethique", "Emma Éthique (démo)", PASSWORD, Set.of(Roles.ETHICS));
    users.create("direction", "Denis Direction (démo)", PASSWORD, Set.of(Roles.EXECUTIVE));
    users.create("contributeur", "Chloé Contributrice (démo)", PASSWORD, Set.of(Roles.CONTRIBUTOR));
    users.create("lecteur", "Louis Lecteur (démo)", PASSWORD, Set.of(Roles.VIEWER));
  }
}
