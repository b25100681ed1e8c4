package fr.vigie.ethics.control;

import fr.vigie.aisystems.boundary.AiSystemDto;
import fr.vigie.establishments.boundary.EstablishmentRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of an AI system that can bind an ethics decision, with their canonical value (docs/computations.md,
 * "Ethics sign-off"): text as stored, an enumeration by its code, a set by its codes (or, for establishments, their
 * ids) sorted and joined by commas, an absent or empty value as null. Which of them count is configuration
 * ({@value #CONFIG_KEY}, default {@value #DEFAULT}).
 */
public final class MaterialFields {

  public static final String CONFIG_KEY = "vigie.ethics.material-fields";
  /** The list: purpose, AI Act route, data categories, model and version, automation, oversight, sites. */
  public static final String DEFAULT = "intendedPurpose,aiActRoute,dataCategories,productVersion,foundationModel,"
      + "automationLevel,humanOversight,establishments";

  /** A field's canonical value and, for enumerations, the simple name of its type (to label its codes). */
  public record Field(Function<AiSystemDto, String> value, String enumType) {}

  private static final Map<String, Field> SUPPORTED = new LinkedHashMap<>();

  static {
    text("intendedPurpose", AiSystemDto::intendedPurpose);
    text("outOfScopeUses", AiSystemDto::outOfScopeUses);
    code("aiActRoute", AiSystemDto::aiActRoute, "AiActRoute");
    text("annexIiiPoint", AiSystemDto::annexIiiPoint);
    code("aiActRole", AiSystemDto::aiActRole, "AiActRole");
    codes("dataCategories", AiSystemDto::dataCategories, "DataCategory");
    text("supplier", AiSystemDto::supplier);
    text("product", AiSystemDto::product);
    text("productVersion", AiSystemDto::productVersion);
    text("foundationModel", AiSystemDto::foundationModel);
    SUPPORTED.put("selfLearning", new Field(s -> s.selfLearning() == null ? null : s.selfLearning().toString(), null));
    code("automationLevel", AiSystemDto::automationLevel, "AutomationLevel");
    code("medicalDeviceClass", AiSystemDto::medicalDeviceClass, "MedicalDeviceClass");
    text("humanOversight", AiSystemDto::humanOversight);
    text("oversightPersons", AiSystemDto::oversightPersons);
    code("hosting", AiSystemDto::hosting, "Hosting");
    code("dataLocation", AiSystemDto::dataLocation, "DataLocation");
    SUPPORTED.put("establishments", new Field(s -> joined(s.establishments().stream()
        .map(EstablishmentRef::id).sorted().map(String::valueOf).toList()), null));
  }

  private MaterialFields() {}

  private static void text(String name, Function<AiSystemDto, String> value) {
    SUPPORTED.put(name, new Field(s -> {
      String v = value.apply(s);
      return v == null || v.isBlank() ? null : v;
    }, null));
  }

  private static void code(String name, Function<AiSystemDto, Enum<?>> value, String type) {
    SUPPORTED.put(name, new Field(s -> {
      Enum<?> v = value.apply(s);
      return v == null ? null : v.name();
    }, type));
  }

  private static void codes(String name, Function<AiSystemDto, Collection<? extends Enum<?>>> value, String type) {
    SUPPORTED.put(name, new Field(s -> {
      Collection<? extends Enum<?>> v = value.apply(s);
      return v == null ? null : joined(v.stream().map(Enum::name).sorted().toList());
    }, type));
  }

  private static String joined(List<String> values) {
    return values.isEmpty() ? null : String.join(",", values);
  }

  public static Set<String> supported() {
    return SUPPORTED.keySet();
  }

  public static Field field(String name) {
    return SUPPORTED.get(name);
  }

  /** The configured list, in order, without duplicates; unknown names are returned in {@code unknown}. */
  public static List<String> parse(String configured, List<String> unknown) {
    List<String> fields = new ArrayList<>();
    for (String raw : configured.split(",")) {
      String name = raw.trim();
      if (name.isEmpty() || fields.contains(name)) {
        continue;
      }
      if (SUPPORTED.containsKey(name)) {
        fields.add(name);
      } else {
        unknown.add(name);
      }
    }
    return fields;
  }

  /** The system's values of {@code fields} (sorted by name) and the display text of its establishments. */
  public static MaterialSnapshot snapshot(AiSystemDto system, Collection<String> fields) {
    TreeMap<String, String> values = new TreeMap<>();
    Map<String, String> labels = new TreeMap<>();
    for (String name : fields) {
      Field field = SUPPORTED.get(name);
      if (field != null) {
        values.put(name, field.value().apply(system));
      }
    }
    if (values.containsKey("establishments") && !system.establishments().isEmpty()) {
      labels.put("establishments", system.establishments().stream()
          .sorted(Comparator.comparingLong(EstablishmentRef::id))
          .map(EstablishmentRef::shortName).collect(Collectors.joining(", ")));
    }
    return new MaterialSnapshot(values, labels);
  }
}
