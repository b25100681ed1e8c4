package fr.vigie.users.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 password hashing (Jakarta Security's {@link Pbkdf2PasswordHash}): HMAC-SHA-512, 210,000
 * iterations (OWASP 2023 recommendation for this PRF), 32-byte salt. The parameters are stored in
 * each hash, so they can be raised later without invalidating existing passwords.
 */
@ApplicationScoped
public class PasswordHashing {

  /** A valid hash of an unguessable password, verified when the user is unknown (same timing). */
  private String decoy;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = pbkdf2.generate(java.util.UUID.randomUUID().toString().toCharArray());
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean verify(String password, String hash) {
    return pbkdf2.verify(password.toCharArray(), hash);
  }

  /** Spends the same time as a real verification, so unknown user names cannot be told apart. */
  public void verifyDecoy(String password) {
    pbkdf2.verify(password.toCharArray(), decoy);
  }
}
