package fr.vigie.users.boundary;

import java.util.Set;

/** A user as other users see it (never the password hash). */
public record UserSummary(long id, String username, String displayName, Set<String> roles, boolean active) {}
