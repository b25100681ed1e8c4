package fr.vigie.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialCacheTest {

  @Test
  void remembersOnlyTheExactCredentialsAgainstTheSameStoredHash() {
    var cache = new CredentialCache();
    cache.put("qualite", "secret", "hash-1");
    assertThat(cache.verified("qualite", "secret", "hash-1")).isTrue();
    assertThat(cache.verified("qualite", "Secret", "hash-1")).isFalse();
    assertThat(cache.verified("qualit", "esecret", "hash-1")).as("user/password boundary is part of the key").isFalse();
    assertThat(cache.verified("qualite", "secret", "hash-2")).as("password changed elsewhere").isFalse();
  }
}
