package fr.vigie.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

/** Checks a user name and password against the identity stores (the users table). */
@ApplicationScoped
public class CallerVerifier {

  @Inject IdentityStoreHandler identityStores;
  @Inject CredentialCache cache;
  @Inject StoredAccounts accounts;
  @Inject SignInThrottle throttle;

  /**
   * The verified caller, or null when the credentials are wrong (no hint which part).
   *
   * @param clientAddress the address the request came from, for the throttle
   * @throws SignInLockedException after too many failures for this user name, from this address or
   *     in total ({@link SignInThrottle})
   */
  public VerifiedCaller verify(
      String username, String password, boolean useCache, String clientAddress) {
    if (username == null || password == null || username.isBlank() || username.length() > 100
        || password.length() > 200) {
      return null;
    }
    StoredAccounts.Account account = useCache ? accounts.active(username) : null;
    if (account != null && cache.verified(username, password, account.passwordHash())) {
      return new VerifiedCaller(account.name(), account.groups());
    }
    long locked = throttle.secondsLocked(username);
    if (locked > 0) {
      throw new SignInLockedException(locked);
    }
    throttle.startCheck(clientAddress);
    CredentialValidationResult result =
        identityStores.validate(new UsernamePasswordCredential(username, password));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      throttle.failed(username);
      return null;
    }
    throttle.checkSucceeded(clientAddress);
    throttle.succeeded(username);
    var caller = new VerifiedCaller(result.getCallerPrincipal().getName(), result.getCallerGroups());
    if (account != null) {
      cache.put(username, password, account.passwordHash());
    }
    return caller;
  }
}
