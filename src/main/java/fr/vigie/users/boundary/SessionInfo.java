package fr.vigie.users.boundary;

import java.util.Set;

/** The signed-in user, as the web interface needs it. */
public record SessionInfo(String username, String displayName, Set<String> roles) {}
