package fr.vigie.platform.web;

import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.Problems;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.validation.TextRules;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Query parameters typed as enums or booleans are parsed strictly: {@code status=FOO} or {@code
 * medicalDevice=maybe} are 400s naming the parameter and the accepted values, where JAX-RS would
 * answer 404 or silently read {@code false}. Text query parameters get a plain converter: without
 * one, Jersey looks for {@code String.valueOf(String)} and {@code String.fromString} by reflection
 * on every request that binds them (two caught exceptions per parameter; measured at about 4 % of
 * the register list's CPU, docs/benchmarks.md). Numeric path ids are read as ASCII digits only: {@code Long.valueOf}
 * also reads other scripts' digits ({@code /api/monitoring-lines/٣} would address line 3), an address nobody wrote;
 * anything else is a 404, as JAX-RS answers an unreadable path id.
 */
@Provider
public class StrictParamConverters implements ParamConverterProvider {

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
    String name = null;
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        name = query.value();
      }
      if (annotation instanceof PathParam && (rawType == long.class || rawType == Long.class)) {
        return (ParamConverter<T>) PathId.INSTANCE;
      }
    }
    if (name == null) {
      return null;
    }
    if (rawType == String.class) {
      return (ParamConverter<T>) new QueryText(name);
    }
    if (rawType.isEnum()) {
      return (ParamConverter<T>) new EnumConverter(rawType, name);
    }
    if (rawType == Boolean.class) {
      return (ParamConverter<T>) new BooleanConverter(name);
    }
    return null;
  }

  private enum PathId implements ParamConverter<Long> {
    INSTANCE;

    @Override
    public Long fromString(String value) {
      if (value != null && !value.isEmpty() && value.length() <= 20 && value.chars().allMatch(c -> c >= '0' && c <= '9'
          || c == '-')) {
        try {
          return Long.parseLong(value);
        } catch (NumberFormatException e) {
          // not found below
        }
      }
      throw new ProblemException(ProblemType.NOT_FOUND, "No resource at this address");
    }

    @Override
    public String toString(Long value) {
      return value == null ? null : value.toString();
    }
  }

  /**
   * A text query parameter: refused (400 on the parameter) when it holds a character request text may not hold
   * ({@link TextRules}: NUL and the other controls, bidirectional overrides; tab and line breaks are accepted), as in
   * JSON bodies; PostgreSQL would
   * otherwise refuse a NUL in a search and the client would get a 500.
   */
  private record QueryText(String name) implements ParamConverter<String> {
    @Override
    public String fromString(String value) {
      int at = value == null ? -1 : TextRules.firstRefused(value, true); // tabs and line breaks: mere spaces in a search
      if (at >= 0) {
        throw ProblemException.invalid(name,
            Messages.get("vigie.text.control", String.format("U+%04X", (int) value.charAt(at))));
      }
      return value;
    }

    @Override
    public String toString(String value) {
      return value;
    }
  }

  private record EnumConverter<E extends Enum<E>>(Class<E> type, String name) implements ParamConverter<E> {
    @Override
    public E fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return Enum.valueOf(type, value.trim());
      } catch (IllegalArgumentException e) {
        String allowed =
            Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw ProblemException.invalid(name, Messages.get("vigie.param.enum", Problems.echo(value), allowed));
      }
    }

    @Override
    public String toString(E value) {
      return value == null ? null : value.name();
    }
  }

  private record BooleanConverter(String name) implements ParamConverter<Boolean> {
    @Override
    public Boolean fromString(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      return switch (value.trim().toLowerCase()) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw ProblemException.invalid(name, Messages.get("vigie.param.boolean"));
      };
    }

    @Override
    public String toString(Boolean value) {
      return value == null ? null : value.toString();
    }
  }
}
