package fr.vigie;

import fr.vigie.platform.web.QueryBeanParams;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Vigie API",
            version = "1",
            description =
                "AI use-case portfolio and governance registry for French public hospital groups."),
    security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "session")})
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(
    securitySchemeName = "session",
    type = SecuritySchemeType.APIKEY,
    in = org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn.COOKIE,
    apiKeyName = "VIGIE_SESSION")
public class VigieApplication extends Application {

  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature,"
            // @BeanParam query objects bound from a plan made once per class, not through HK2.
            + QueryBeanParams.Registration.class.getName(),
        // Our own mappers answer 4xx/5xx; never Payara's HTML error page.
        "jersey.config.server.response.setStatusOverSendError",
        true,
        // Resources are @ApplicationScoped CDI beans, so Hibernate Validator's CDI interceptor
        // validates their parameters; Jersey's own pass would validate everything a second time.
        "jersey.config.beanValidation.disable.server",
        true,
        // JSON is Jackson (platform.json.JsonConfiguration), never the container's JSON-B.
        "jersey.config.server.disableJsonBinding",
        true,
        // No WADL: it names the Jersey version and documents nothing OpenAPI does not.
        "jersey.config.server.wadl.disableWadl",
        true);
  }
}
