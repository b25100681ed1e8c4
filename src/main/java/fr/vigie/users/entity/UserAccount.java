package fr.vigie.users.entity;

import fr.vigie.platform.persistence.VersionedEntity;
import fr.vigie.platform.security.Roles;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** A person who signs in to Vigie, with the roles that decide what they may do. */
@Entity
@Table(name = "app_user")
public class UserAccount extends VersionedEntity {

  @Column(nullable = false, unique = true, length = 100)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 300)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false, length = 20)
  private Set<String> roles = new TreeSet<>();

  protected UserAccount() {}

  public UserAccount(String username, String displayName, String passwordHash, Set<String> roles) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    for (String role : roles) {
      if (!Roles.ALL.contains(role)) {
        throw new IllegalArgumentException("Unknown role " + role);
      }
    }
    this.roles.addAll(roles);
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isActive() {
    return active;
  }

  public Set<String> getRoles() {
    return Collections.unmodifiableSet(roles);
  }
}
