package fr.vigie.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fr.vigie.platform.paging.PageRequest;
import fr.vigie.platform.problem.ProblemException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassfish.jersey.server.ParamException;
import org.junit.jupiter.api.Test;

class QueryBeanParamsTest {

  public static class Query {
    @QueryParam("q")
    public String q;

    @QueryParam("day")
    public DayOfWeek day;

    @QueryParam("flag")
    public Boolean flag;

    @QueryParam("id")
    public Long id;

    @QueryParam("count")
    @DefaultValue("7")
    int count;
  }

  public static class WithHeader {
    @HeaderParam("X-Thing")
    public String thing;
  }

  final QueryBeanParams binder = new QueryBeanParams();

  Object bind(Class<?> type, Map<String, List<String>> values) {
    var query = new MultivaluedHashMap<String, String>();
    values.forEach(query::addAll);
    return binder.plan(type).orElseThrow().bind(query);
  }

  @Test
  void fieldsTakeTheFirstValueOrTheirDefault() {
    var query = (Query) bind(Query.class, Map.of(
        "q", List.of("robot", "ignored"), "day", List.of("MONDAY"), "flag", List.of("true"), "id", List.of("42")));
    assertThat(query.q).isEqualTo("robot");
    assertThat(query.day).isEqualTo(DayOfWeek.MONDAY);
    assertThat(query.flag).isTrue();
    assertThat(query.id).isEqualTo(42L);
    assertThat(query.count).isEqualTo(7);

    var empty = (Query) bind(Query.class, Map.of("count", List.of("")));
    assertThat(empty.q).isNull();
    assertThat(empty.day).isNull();
    assertThat(empty.flag).isNull();
    assertThat(empty.id).isNull();
    assertThat(empty.count).as("blank number: the default, as Jersey does").isEqualTo(7);
  }

  @Test
  void pagingBindsLikeJersey() {
    var paging = (PageRequest) bind(PageRequest.class, Map.of("page", List.of("3"), "sort", List.of("-name")));
    assertThat(paging.page()).isEqualTo(3);
    assertThat(paging.size()).isEqualTo(20);
    assertThat(paging.offset()).isEqualTo(60);
    assertThat(paging.orders(List.of("name"), "name")).containsExactly(new PageRequest.Order("name", false));
  }

  @Test
  void badValuesAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> bind(Query.class, Map.of("id", List.of("abc"))))
        .isInstanceOfSatisfying(ParamException.class, e -> assertThat(e.getParameterName()).isEqualTo("id"));
    assertThatThrownBy(() -> bind(Query.class, Map.of("id", List.of(" 42"))))
        .as("Jersey refuses spaces in numbers too").isInstanceOf(ParamException.class);
    assertThatThrownBy(() -> bind(PageRequest.class, Map.of("size", List.of("99999999999"))))
        .isInstanceOfSatisfying(ParamException.class, e -> assertThat(e.getParameterName()).isEqualTo("size"));
    assertThatThrownBy(() -> bind(Query.class, Map.of("day", List.of("FUNDAY"))))
        .isInstanceOf(ProblemException.class).hasMessageContaining("MONDAY");
    assertThatThrownBy(() -> bind(Query.class, Map.of("flag", List.of("maybe"))))
        .isInstanceOf(ProblemException.class);
  }

  @Test
  void classesWithOtherKindsOfFieldsAreLeftToJersey() {
    assertThat(binder.plan(WithHeader.class)).isEmpty();
    assertThat(binder.plan(Integer.class)).as("not a query bean").isEmpty();
  }

  /** Otherwise a new filter class would silently fall back to Jersey's slow path. */
  @Test
  void everyBeanParamOfTheApiHasAPlan() {
    List<Class<?>> beanParams = new ArrayList<>();
    for (JavaClass resource : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("fr.vigie")) {
      if (!resource.isAnnotatedWith(Path.class)) {
        continue;
      }
      for (Method method : resource.reflect().getDeclaredMethods()) {
        for (Parameter parameter : method.getParameters()) {
          if (parameter.isAnnotationPresent(BeanParam.class)) {
            beanParams.add(parameter.getType());
          }
        }
      }
    }
    assertThat(beanParams).isNotEmpty();
    assertThat(beanParams).allSatisfy(type -> assertThat(binder.plan(type)).as(type.getName()).isPresent());
  }
}
