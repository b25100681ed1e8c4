package fr.vigie.platform.web;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.ParamException;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/**
 * Binds {@code @BeanParam} objects made only of {@code @QueryParam} fields (the list filters and
 * paging of every list endpoint) from a field plan read once per class. Jersey binds them through
 * HK2, which rebuilds each field's parameter model and looks its converter up again on every
 * request (about a tenth of a register list request, docs/benchmarks.md).
 *
 * <p>Same answers as Jersey's binding: the first value of a parameter is used; an absent or blank
 * number takes the field's {@code @DefaultValue}; texts, enums and booleans go through {@link
 * StrictParamConverters}; a number that does not parse (including spaces) is a {@link
 * ParamException} naming the parameter, which the API answers 400. A class with any other kind of
 * field, or {@code @Encoded}, is left to Jersey.
 */
public final class QueryBeanParams implements ValueParamProvider {

  /** Registers the binder with Jersey (listed in {@code VigieApplication}). */
  public static final class Registration implements Feature {
    @Override
    public boolean configure(FeatureContext context) {
      context.register(
          new AbstractBinder() {
            @Override
            protected void configure() {
              bind(new QueryBeanParams()).to(ValueParamProvider.class);
            }
          });
      return true;
    }
  }

  private final StrictParamConverters converters = new StrictParamConverters();
  private final Map<Class<?>, Optional<Plan>> plans = new ConcurrentHashMap<>();

  @Override
  public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
    if (parameter.getSource() != Parameter.Source.BEAN_PARAM) {
      return null;
    }
    Plan plan = plans.computeIfAbsent(parameter.getRawType(), this::plan).orElse(null);
    return plan == null ? null : request -> plan.bind(request.getUriInfo().getQueryParameters());
  }

  @Override
  public PriorityType getPriority() {
    return Priority.HIGH;
  }

  /** How to fill one class, or empty if it is not made only of supported query fields. */
  Optional<Plan> plan(Class<?> type) {
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
    } catch (NoSuchMethodException | RuntimeException e) {
      return Optional.empty();
    }
    if (type.isAnnotationPresent(Encoded.class)) {
      return Optional.empty();
    }
    List<Binding> bindings = new ArrayList<>();
    for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
          continue;
        }
        QueryParam query = field.getAnnotation(QueryParam.class);
        Function<String, Object> converter = query == null ? null : converter(field, query.value());
        if (converter == null || Modifier.isFinal(field.getModifiers()) || field.isAnnotationPresent(Encoded.class)) {
          return Optional.empty();
        }
        field.setAccessible(true);
        DefaultValue fallback = field.getAnnotation(DefaultValue.class);
        bindings.add(new Binding(field, query.value(), fallback == null ? null : converter.apply(fallback.value()), converter));
      }
    }
    return Optional.of(new Plan(constructor, List.copyOf(bindings)));
  }

  @SuppressWarnings("unchecked")
  private Function<String, Object> converter(Field field, String name) {
    Class<?> type = field.getType();
    if (type == int.class || type == Integer.class) {
      return number(name, Integer::valueOf);
    }
    if (type == long.class || type == Long.class) {
      return number(name, Long::valueOf);
    }
    ParamConverter<Object> strict =
        (ParamConverter<Object>) converters.getConverter(type, field.getGenericType(), field.getAnnotations());
    return strict == null ? null : strict::fromString;
  }

  private static Function<String, Object> number(String name, Function<String, Object> parse) {
    return value -> {
      if (value.isBlank()) {
        return null;
      }
      try {
        return parse.apply(value);
      } catch (NumberFormatException e) {
        throw new ParamException.QueryParamException(e, name, null);
      }
    };
  }

  /** One field: its parameter name, its converter and its {@code @DefaultValue}, converted once. */
  private record Binding(Field field, String name, Object fallback, Function<String, Object> converter) {

    void fill(Object target, MultivaluedMap<String, String> query) throws IllegalAccessException {
      String raw = query.getFirst(name);
      Object value = raw == null ? null : converter.apply(raw);
      if (value == null) {
        value = fallback;
      }
      if (value != null || !field.getType().isPrimitive()) {
        field.set(target, value);
      }
    }
  }

  record Plan(Constructor<?> constructor, List<Binding> bindings) {

    Object bind(MultivaluedMap<String, String> query) {
      try {
        Object target = constructor.newInstance();
        for (Binding binding : bindings) {
          binding.fill(target, query);
        }
        return target;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Cannot bind " + constructor.getDeclaringClass().getName(), e);
      }
    }
  }
}
