package fr.vigie;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.persistence.Entity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md. */
class ArchitectureTest {

  static final String[] FEATURES = {
    "workshops", "usecases", "aisystems", "establishments", "certification", "monitoring",
    "biasreviews", "ethics", "deployments", "dashboards", "audit", "users", "incidents", "scoring"
  };
  /**
   * Interfaces a feature declares in its control layer for another feature to implement (the dependency points from
   * the implementer to the declarer): the use cases' rating evidence, implemented by scoring.
   */
  static final java.util.Set<String> SPI = java.util.Set.of("fr.vigie.usecases.control.RatingEvidence");
  static final Pattern LAYERED = Pattern.compile("fr\\.vigie\\.(\\w+)\\.(boundary|control|entity)(\\..*)?");

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("fr.vigie");
  }

  @Test
  void platformKnowsNoFeatureAndNoBootstrap() {
    String[] others = new String[FEATURES.length + 1];
    for (int i = 0; i < FEATURES.length; i++) {
      others[i] = "fr.vigie." + FEATURES[i] + "..";
    }
    others[FEATURES.length] = "fr.vigie.bootstrap..";
    noClasses().that().resideInAPackage("fr.vigie.platform..")
        .should().dependOnClassesThat().resideInAnyPackage(others)
        .check(classes);
  }

  @Test
  void noFeatureDependsOnBootstrap() {
    noClasses().that().resideOutsideOfPackage("fr.vigie.bootstrap..")
        .should().dependOnClassesThat().resideInAPackage("fr.vigie.bootstrap..")
        .check(classes);
  }

  @Test
  void featuresHaveNoCycles() {
    slices().matching("fr.vigie.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void layersPointInwardsAndOtherFeaturesUseOnlyBoundaryOrEntity() {
    List<String> broken = new ArrayList<>();
    classes.forEach(origin -> {
      Matcher from = LAYERED.matcher(origin.getPackageName());
      for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
        Matcher to = LAYERED.matcher(dependency.getTargetClass().getPackageName());
        if (!to.matches()) {
          continue;
        }
        boolean sameFeature = from.matches() && from.group(1).equals(to.group(1));
        String targetLayer = to.group(2);
        if (sameFeature) {
          int fromRank = rank(from.group(2));
          if (rank(targetLayer) < fromRank) {
            broken.add(dependency.getDescription());
          }
        } else if (targetLayer.equals("control") && !SPI.contains(dependency.getTargetClass().getName())) {
          broken.add(dependency.getDescription());
        }
      }
    });
    assertThat(broken).as("dependencies against the layer rules").isEmpty();
  }

  /**
   * Resource parameters are validated by Hibernate Validator's CDI interceptor (Jersey's own pass is
   * off, see VigieApplication), which only wraps CDI beans; an unscoped resource would also be
   * rebuilt, with its injections, on every request.
   */
  @Test
  void resourcesAreApplicationScopedBeans() {
    ArchRuleDefinition.classes().that().areAnnotatedWith(Path.class)
        .should().beAnnotatedWith(ApplicationScoped.class)
        .check(classes);
  }

  /**
   * Jersey picks the writer of an entity by the type argument of the provider's class. A CDI client
   * proxy (any normal scope) hides it: Jersey then sees a writer of Object and may prefer the generic
   * JSON provider, silently (the register's page writer was never used while it was
   * {@code @ApplicationScoped}). Entity providers are {@code @Dependent} beans or no beans at all.
   */
  @Test
  void entityProvidersAreNotBehindClientProxies() {
    ArchRuleDefinition.classes().that().implement(MessageBodyWriter.class).or().implement(MessageBodyReader.class)
        .should().notBeAnnotatedWith(ApplicationScoped.class)
        .andShould().notBeAnnotatedWith(RequestScoped.class)
        .andShould().notBeAnnotatedWith(SessionScoped.class)
        .check(classes);
  }

  /**
   * Every endpoint says who may call it: {@code @RolesAllowed} (or, for the sign-in, an explicit
   * {@code @PermitAll}) on the method or its class. Jersey's role filter only checks what is
   * annotated, so a forgotten annotation would leave a new endpoint open to any signed-in caller.
   */
  @Test
  void everyEndpointDeclaresWhoMayCallIt() {
    ArchRuleDefinition.methods()
        .that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class)
        .or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(DELETE.class)
        .should(new ArchCondition<JavaMethod>("declare @RolesAllowed or @PermitAll, or sit in a class that does") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            boolean covered = method.isAnnotatedWith(RolesAllowed.class) || method.isAnnotatedWith(PermitAll.class)
                || method.getOwner().isAnnotatedWith(RolesAllowed.class)
                || method.getOwner().isAnnotatedWith(PermitAll.class);
            if (!covered) {
              events.add(SimpleConditionEvent.violated(method, method.getFullName() + " declares no roles"));
            }
          }
        })
        .check(classes);
  }

  /** Resources speak DTOs (records): an entity in an endpoint's signature would leak the schema. */
  @Test
  void endpointsNeitherTakeNorReturnEntities() {
    ArchRuleDefinition.methods()
        .that().areDeclaredInClassesThat().areAnnotatedWith(Path.class).and().arePublic()
        .should(new ArchCondition<JavaMethod>("neither take nor return a JPA entity") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            var types = new ArrayList<>(method.getRawParameterTypes());
            types.add(method.getRawReturnType());
            for (var type : types) {
              if (type.isAnnotatedWith(Entity.class)) {
                events.add(SimpleConditionEvent.violated(method, method.getFullName() + " uses entity " + type.getName()));
              }
            }
          }
        })
        .check(classes);
  }

  /** boundary (0) → control (1) → entity (2): a layer may only use layers of equal or higher rank. */
  private static int rank(String layer) {
    return switch (layer) {
      case "boundary" -> 0;
      case "control" -> 1;
      default -> 2;
    };
  }
}
