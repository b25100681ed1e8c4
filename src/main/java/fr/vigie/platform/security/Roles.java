package fr.vigie.platform.security;

import java.util.List;

/** The application roles, as used in {@code @RolesAllowed}. A user may hold several. */
public final class Roles {
  public static final String ADMIN = "ADMIN";
  public static final String INNOVATION = "INNOVATION";
  public static final String QUALITY = "QUALITY";
  public static final String ETHICS = "ETHICS";
  public static final String EXECUTIVE = "EXECUTIVE";
  public static final String CONTRIBUTOR = "CONTRIBUTOR";
  public static final String VIEWER = "VIEWER";

  public static final List<String> ALL =
      List.of(ADMIN, INNOVATION, QUALITY, ETHICS, EXECUTIVE, CONTRIBUTOR, VIEWER);

  private Roles() {}
}
