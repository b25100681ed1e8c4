package fr.vigie;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.URL;

/** REST Assured requests against the shared deployment, signed in as one of the demo users. */
public final class Api {

  public static final String PASSWORD = "vigie-demo";

  private Api() {}

  public static RequestSpecification as(URL base, String user) {
    return anonymous(base).auth().preemptive().basic(user, PASSWORD);
  }

  public static RequestSpecification anonymous(URL base) {
    return given()
        .baseUri(base.toString())
        .contentType(ContentType.JSON)
        .accept(ContentType.JSON);
  }

  /** Demo users (see README): one per role. */
  public static final String ADMIN = "admin";
  public static final String QUALITY = "qualite";
  public static final String VIEWER = "lecteur";
  public static final String EXECUTIVE = "direction";
  public static final String INNOVATION = "innovation";
  public static final String CONTRIBUTOR = "contributeur";
}
