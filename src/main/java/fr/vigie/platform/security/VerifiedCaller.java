package fr.vigie.platform.security;

import java.io.Serializable;
import java.util.Set;

/** A caller whose credentials were checked: login name and role groups. Kept in the HTTP session. */
public record VerifiedCaller(String name, Set<String> groups) implements Serializable {}
