package fr.vigie.users.control;

import fr.vigie.users.entity.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.HashSet;

/** Jakarta Security identity store backed by the {@code app_user} table. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

  @PersistenceContext(unitName = "vigie")
  EntityManager em;

  @Inject PasswordHashing hashing;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    String password = login.getPasswordAsString();
    var user =
        em.createQuery(
                "select u from UserAccount u where u.username = :name and u.active = true",
                UserAccount.class)
            .setParameter("name", login.getCaller())
            .getResultStream()
            .findFirst();
    if (user.isEmpty()) {
      hashing.verifyDecoy(password);
      return CredentialValidationResult.INVALID_RESULT;
    }
    if (!hashing.verify(password, user.get().getPasswordHash())) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    return new CredentialValidationResult(
        user.get().getUsername(), new HashSet<>(user.get().getRoles()));
  }
}
