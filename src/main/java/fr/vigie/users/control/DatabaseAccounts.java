package fr.vigie.users.control;

import fr.vigie.platform.security.StoredAccounts;
import fr.vigie.users.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Set;

/** The {@code app_user} table as the security layer reads it on each request. */
@ApplicationScoped
public class DatabaseAccounts implements StoredAccounts {

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Account active(String username) {
    return em.createQuery("select u from UserAccount u left join fetch u.roles where u.username = :name and u.active = true", UserAccount.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst()
        .map(u -> new Account(u.getUsername(), u.getPasswordHash(), Set.copyOf(u.getRoles())))
        .orElse(null);
  }
}
