package fr.vigie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  @Test
  void remembersOnlyTheExactCredentialsUntilInvalidated() {
    var cache = new CredentialCache();
    cache.put("qualite", "secret", new VerifiedCaller("qualite", Set.of("QUALITY")));
    assertThat(cache.get("qualite", "secret")).isEqualTo(new VerifiedCaller("qualite", Set.of("QUALITY")));
    assertThat(cache.get("qualite", "Secret")).isNull();
    assertThat(cache.get("qualit", "esecret")).as("user/password boundary is part of the key").isNull();
    cache.invalidateAll();
    assertThat(cache.get("qualite", "secret")).isNull();
  }
}
