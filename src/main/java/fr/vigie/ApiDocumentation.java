package fr.vigie;

import fr.vigie.aisystems.boundary.AiSystemsResource;
import fr.vigie.biasreviews.boundary.BiasReviewsResource;
import fr.vigie.usecases.boundary.UseCasesResource;
import fr.vigie.establishments.boundary.EstablishmentsResource;
import fr.vigie.ethics.boundary.EthicsResource;
import fr.vigie.incidents.boundary.IncidentRulesResource;
import fr.vigie.incidents.boundary.IncidentsResource;
import fr.vigie.monitoring.boundary.MonitoringAlertsResource;
import fr.vigie.monitoring.boundary.MonitoringLinesResource;
import fr.vigie.monitoring.boundary.MonitoringTodoResource;
import fr.vigie.platform.web.PingResource;
import fr.vigie.scoring.boundary.ScoringGridsResource;
import fr.vigie.scoring.boundary.UseCaseRatingsResource;
import fr.vigie.scoring.boundary.UseCaseScoreListResource;
import fr.vigie.scoring.boundary.UseCaseScoresResource;
import fr.vigie.users.boundary.SessionResource;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Completes the OpenAPI document from the Java types themselves. Payara's scanner leaves record
 * components and unannotated POJO fields out, renders {@code LocalDate} as an object and does not
 * expand {@code @BeanParam} query parameters, so the served contract could not type a client. This
 * filter (registered as {@code mp.openapi.filter}) rebuilds every request and response schema
 * from the resource method signatures, with the Bean Validation limits, and lists the query
 * parameters. Summaries, tags and error responses still come from the annotations.
 */
public class ApiDocumentation implements OASFilter {

  static final List<Class<?>> RESOURCES =
      List.of(AiSystemsResource.class, EstablishmentsResource.class, MonitoringLinesResource.class,
          MonitoringAlertsResource.class, MonitoringTodoResource.class, BiasReviewsResource.class, EthicsResource.class,
          SessionResource.class, PingResource.class, UseCasesResource.class,
          IncidentsResource.class, IncidentRulesResource.class,
          ScoringGridsResource.class, UseCaseRatingsResource.class, UseCaseScoresResource.class,
          UseCaseScoreListResource.class);

  private final Map<String, Schema> schemas = new TreeMap<>();

  @Override
  public void filterOpenAPI(OpenAPI openApi) {
    for (Class<?> resource : RESOURCES) {
      String base = "/api/" + resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String http = httpMethod(method);
        if (http == null || !Modifier.isPublic(method.getModifiers())) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = sub == null ? base : base + "/" + sub.value();
        PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().getPathItem(path);
        Operation operation = item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(http));
        if (operation != null) {
          document(operation, resource, method);
        }
      }
    }
    Map<String, Schema> components = new TreeMap<>();
    if (openApi.getComponents().getSchemas() != null) {
      components.putAll(openApi.getComponents().getSchemas());
    }
    // Payara's renderings of parameter beans and of our DTOs are replaced.
    components.keySet().removeIf(name -> List.of("AiSystemFilter", "EstablishmentFilter", "PageRequest", "TextQuery").contains(name));
    components.putAll(schemas);
    openApi.getComponents().setSchemas(components);
  }

  private void document(Operation operation, Class<?> resource, Method method) {
    operation.setOperationId(operationId(resource, method));
    List<org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters = new ArrayList<>();
    if (operation.getParameters() != null) {
      operation.getParameters().stream().filter(p -> p.getIn() != org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY).forEach(parameters::add);
    }
    for (Parameter parameter : method.getParameters()) {
      if (parameter.isAnnotationPresent(BeanParam.class)) {
        for (Field field : parameter.getType().getDeclaredFields()) {
          QueryParam query = field.getAnnotation(QueryParam.class);
          if (query != null) {
            parameters.add(queryParameter(query.value(), field.getGenericType(), field));
          }
        }
      } else if (parameter.isAnnotationPresent(QueryParam.class)) {
        parameters.add(queryParameter(parameter.getAnnotation(QueryParam.class).value(), parameter.getParameterizedType(), parameter));
      } else if (parameter.isAnnotationPresent(jakarta.ws.rs.PathParam.class)) {
        String name = parameter.getAnnotation(jakarta.ws.rs.PathParam.class).value();
        parameters.stream().filter(p -> name.equals(p.getName()))
            .forEach(p -> p.setSchema(schemaOf(parameter.getParameterizedType(), null)));
      } else if (parameter.getAnnotations().length == 0 || onlyValidation(parameter)) {
        operation.setRequestBody(OASFactory.createRequestBody().required(true)
            .content(json(schemaOf(parameter.getParameterizedType(), parameter))));
      }
    }
    operation.setParameters(parameters.isEmpty() ? null : parameters);
    Type body = responseBody(method);
    if (body != null && operation.getResponses() != null) {
      operation.getResponses().getAPIResponses().forEach((code, response) -> {
        if (code.startsWith("2") && !code.equals("204")) {
          response.setContent(json(schemaOf(body, null)));
          if (method.getReturnType() == Response.class) {
            response.addHeader("ETag", OASFactory.createHeader()
                .description("Version of the resource; send it back in If-Match to update or delete")
                .schema(OASFactory.createSchema().type(SchemaType.STRING)));
          }
          if (code.equals("201")) {
            response.addHeader("Location", OASFactory.createHeader().description("Address of the new resource")
                .schema(OASFactory.createSchema().type(SchemaType.STRING).format("uri")));
          }
        }
      });
    }
  }

  private static boolean onlyValidation(Parameter parameter) {
    for (Annotation a : parameter.getAnnotations()) {
      if (!a.annotationType().getPackageName().startsWith("jakarta.validation")) {
        return false;
      }
    }
    return true;
  }

  private static Type responseBody(Method method) {
    if (method.getReturnType() == void.class) {
      return null;
    }
    if (method.getReturnType() != Response.class) {
      return method.getGenericReturnType();
    }
    for (APIResponse response : method.getAnnotationsByType(APIResponse.class)) {
      for (var content : response.content()) {
        if (content.schema().implementation() != Void.class) {
          return content.schema().implementation();
        }
      }
    }
    return null;
  }

  private org.eclipse.microprofile.openapi.models.parameters.Parameter queryParameter(String name, Type type, AnnotatedElement element) {
    return OASFactory.createParameter()
        .name(name)
        .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY)
        .required(false)
        .schema(schemaOf(type, element));
  }

  private static Content json(Schema schema) {
    return OASFactory.createContent().addMediaType("application/json", OASFactory.createMediaType().schema(schema));
  }

  /** The schema of a Java type: scalars inline, records and POJOs as named components. */
  Schema schemaOf(Type type, AnnotatedElement element) {
    Schema schema = OASFactory.createSchema();
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      schema.type(SchemaType.STRING);
    } else if (raw == boolean.class || raw == Boolean.class) {
      schema.type(SchemaType.BOOLEAN);
    } else if (raw == int.class || raw == Integer.class) {
      schema.type(SchemaType.INTEGER).format("int32");
    } else if (raw == long.class || raw == Long.class) {
      schema.type(SchemaType.INTEGER).format("int64");
    } else if (raw == double.class || raw == Double.class) {
      schema.type(SchemaType.NUMBER).format("double");
    } else if (raw == java.math.BigDecimal.class) {
      schema.type(SchemaType.NUMBER);
    } else if (raw == LocalDate.class) {
      schema.type(SchemaType.STRING).format("date");
    } else if (raw == Instant.class) {
      schema.type(SchemaType.STRING).format("date-time");
    } else if (raw.isEnum()) {
      return OASFactory.createSchema().ref("#/components/schemas/" + enumeration(raw));
    } else if (Collection.class.isAssignableFrom(raw)) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      AnnotatedElement itemElement = null;
      if (element instanceof Field f && f.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType apt) {
        itemElement = apt.getAnnotatedActualTypeArguments()[0];
      }
      schema.type(SchemaType.ARRAY).items(schemaOf(item, itemElement));
      if (Set.class.isAssignableFrom(raw)) {
        schema.uniqueItems(true);
      }
    } else if (raw == Object.class) {
      schema.type(SchemaType.OBJECT); // a free-form JSON object (a check's input and result)
    } else if (Map.class.isAssignableFrom(raw)) {
      // keys are JSON property names (enum keys by their names); values as declared
      Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : String.class;
      schema.type(SchemaType.OBJECT).additionalPropertiesSchema(schemaOf(value, null));
    } else {
      return OASFactory.createSchema().ref("#/components/schemas/" + component(raw));
    }
    if (element != null) {
      constrain(schema, element);
    }
    return schema;
  }

  private String enumeration(Class<?> type) {
    String name = type.getSimpleName();
    if (!schemas.containsKey(name)) {
      Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
      for (Object constant : type.getEnumConstants()) {
        schema.addEnumeration(((Enum<?>) constant).name());
      }
      schemas.put(name, schema);
    }
    return name;
  }

  private String component(Class<?> type) {
    String name = type.getSimpleName();
    if (schemas.containsKey(name)) {
      return name;
    }
    Schema schema = OASFactory.createSchema().type(SchemaType.OBJECT);
    schemas.put(name, schema);
    Map<String, Schema> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    if (type.isRecord()) {
      for (RecordComponent component : type.getRecordComponents()) {
        properties.put(component.getName(), schemaOf(component.getGenericType(), component));
        // Always present: primitives and lists; other values may be null (optional fields).
        if (component.getType().isPrimitive() || Collection.class.isAssignableFrom(component.getType())) {
          required.add(component.getName());
        }
      }
    } else {
      for (Field field : type.getFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        properties.put(field.getName(), schemaOf(field.getGenericType(), field));
        if (field.getType().isPrimitive() || field.isAnnotationPresent(NotNull.class) || field.isAnnotationPresent(NotBlank.class)) {
          required.add(field.getName());
        }
      }
    }
    schema.setProperties(properties);
    schema.setRequired(required);
    return name;
  }

  /** Bean Validation limits as schema keywords; nullable where the value may be absent. */
  private static void constrain(Schema schema, AnnotatedElement element) {
    Size size = element.getAnnotation(Size.class);
    if (size != null) {
      if (schema.getType() == SchemaType.ARRAY) {
        schema.maxItems(size.max());
      } else {
        schema.maxLength(size.max());
      }
    }
    if (element.isAnnotationPresent(NotBlank.class)) {
      schema.minLength(1);
    }
    Pattern pattern = element.getAnnotation(Pattern.class);
    if (pattern != null) {
      schema.pattern("^(?:" + pattern.regexp() + ")$");
    }
    Min min = element.getAnnotation(Min.class);
    if (min != null) {
      schema.minimum(java.math.BigDecimal.valueOf(min.value()));
    }
    Max max = element.getAnnotation(Max.class);
    if (max != null) {
      schema.maximum(java.math.BigDecimal.valueOf(max.value()));
    }
  }

  private static String httpMethod(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    if (method.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    return null;
  }

  /** Unique, readable operation ids: {@code listAiSystems}, {@code getEstablishments}… */
  private static String operationId(Class<?> resource, Method method) {
    return method.getName() + resource.getSimpleName().replace("Resource", "");
  }
}
