package fr.vigie.platform;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import fr.vigie.Api;
import io.restassured.http.Cookie;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  @ArquillianResource URL base;

  @Test
  void apiWithoutCredentialsIsRefusedWith401ProblemAndBasicChallenge() {
    Api.anonymous(base)
        .get("api/ping")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Basic"))
        .body("type", equalTo("urn:vigie:problem:unauthenticated"))
        .body("status", equalTo(401));
  }

  @Test
  void browserRequestsGetNoBasicChallenge() {
    Api.anonymous(base)
        .header("X-Requested-With", "XMLHttpRequest")
        .get("api/ping")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", nullValue());
  }

  @Test
  void wrongPasswordAndUnknownUserGetTheSameAnswer() {
    String wrongPassword =
        Api.anonymous(base).auth().preemptive().basic("admin", "nope").get("api/ping")
            .then().statusCode(401).extract().path("detail");
    String unknownUser =
        Api.anonymous(base).auth().preemptive().basic("nobody", "nope").get("api/ping")
            .then().statusCode(401).extract().path("detail");
    assertThat(wrongPassword).isEqualTo(unknownUser);
  }

  @Test
  void basicAuthenticationWithADemoUserIsAccepted() {
    Api.as(base, Api.VIEWER).get("api/ping").then().statusCode(200).body("status", equalTo("ok"));
  }

  @Test
  void sessionSignInUsesAStrictHttpOnlyCookieAndSignOutEndsIt() {
    var login =
        Api.anonymous(base)
            .body(Map.of("username", "qualite", "password", Api.PASSWORD))
            .post("api/session")
            .then()
            .statusCode(200)
            .body("username", equalTo("qualite"))
            .body("roles", hasItem("QUALITY"))
            .extract();
    Cookie cookie = login.detailedCookie("VIGIE_SESSION");
    assertThat(cookie).isNotNull();
    assertThat(cookie.isHttpOnly()).isTrue();
    assertThat(cookie.getSameSite()).isEqualToIgnoringCase("Strict");

    Api.anonymous(base).cookie(cookie).get("api/session").then().statusCode(200)
        .body("displayName", containsString("Qualit"));
    Api.anonymous(base).cookie(cookie).get("api/ping").then().statusCode(200);
    Api.anonymous(base).cookie(cookie).delete("api/session").then().statusCode(204);
    Api.anonymous(base).cookie(cookie).get("api/ping").then().statusCode(401)
        .header("WWW-Authenticate", nullValue()); // an expired browser session gets no login pop-up
  }

  @Test
  void sessionSignInWithWrongPasswordIs401WithoutHint() {
    Api.anonymous(base)
        .body(Map.of("username", "qualite", "password", "wrong"))
        .post("api/session")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .body("detail", equalTo("Wrong user name or password."))
        .header("Set-Cookie", nullValue());
  }

  @Test
  void signInWithMissingFieldsIs400NamingTheFields() {
    Api.anonymous(base)
        .body(Map.of("username", ""))
        .post("api/session")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:vigie:problem:validation-error"))
        .body("violations.field", hasItem("username"))
        .body("violations.field", hasItem("password"));
  }

  @Test
  void unknownAddressUnderApiIs404Problem() {
    Api.as(base, Api.VIEWER)
        .get("api/does-not-exist")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:vigie:problem:not-found"))
        .body(not(containsString("Exception")));
  }

  @Test
  void healthAndOpenApiAreServed() {
    Api.anonymous(base).get("health").then().statusCode(200).body("status", equalTo("UP"));
    Api.anonymous(base).get("openapi").then().statusCode(200).body("info.title", equalTo("Vigie API"));
  }

  @Test
  void passwordGuessingIsStoppedAfterTenFailuresWithRetryAfter() {
    String name = "guess-" + java.util.UUID.randomUUID(); // unknown names are throttled too
    for (int i = 0; i < 10; i++) {
      Api.anonymous(base).body(Map.of("username", name, "password", "guess" + i)).post("api/session")
          .then().statusCode(401);
    }
    Api.anonymous(base).body(Map.of("username", name, "password", "guess")).post("api/session")
        .then().statusCode(429)
        .contentType("application/problem+json")
        .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[0-9]+"))
        .body("type", equalTo("urn:vigie:problem:too-many-attempts"));
    Api.anonymous(base).auth().preemptive().basic(name, "guess").get("api/ping")
        .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
  }
}
