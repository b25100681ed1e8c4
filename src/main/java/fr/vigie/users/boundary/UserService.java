package fr.vigie.users.boundary;

import fr.vigie.audit.boundary.AuditTrail;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.users.control.PasswordHashing;
import fr.vigie.users.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;

/** User accounts: creation (with audit) and look-up. */
@ApplicationScoped
@Transactional
public class UserService {

  static final String AUDIT_TYPE = "User";

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  @Inject PasswordHashing hashing;
  @Inject AuditTrail audit;

  public UserSummary create(String username, String displayName, String password, Set<String> roles) {
    if (find(username).isPresent()) {
      throw new ProblemException(ProblemType.CONFLICT, "User " + username + " already exists.");
    }
    var user = new UserAccount(username, displayName, hashing.hash(password), roles);
    em.persist(user);
    em.flush();
    var summary = toSummary(user);
    audit.record(AUDIT_TYPE, user.getId(), null, summary);
    return summary;
  }

  public boolean anyUser() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult() > 0;
  }

  public Optional<UserSummary> summary(String username) {
    return find(username).map(UserService::toSummary);
  }

  private Optional<UserAccount> find(String username) {
    return em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  private static UserSummary toSummary(UserAccount user) {
    return new UserSummary(
        user.getId(), user.getUsername(), user.getDisplayName(), Set.copyOf(user.getRoles()), user.isActive());
  }
}
