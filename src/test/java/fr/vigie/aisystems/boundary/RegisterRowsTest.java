package fr.vigie.aisystems.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.aisystems.control.RegisterIndex;
import fr.vigie.aisystems.control.RegisterEntry;
import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.establishments.boundary.EstablishmentRef;
import fr.vigie.platform.json.JsonConfiguration;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The register list's cached rows and the page writer that sends them: same bytes as Jackson, never stale. */
class RegisterRowsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  final RegisterRows rows = new RegisterRows();
  /** The read model as the rows see it: its revision and which systems it holds. */
  long revision = 1;
  Set<Long> present = new HashSet<>(Set.of(1L, 2L));

  RegisterRowsTest() {
    rows.mapper = new AiSystemMapperImpl();
    rows.index = new RegisterIndex() {
      @Override
      public long loadedRevision() {
        return revision;
      }

      @Override
      public boolean contains(long id) {
        return present.contains(id);
      }
    };
  }

  static RegisterEntry entry(long id, String name, LocalDate review, long version) {
    return new RegisterEntry(
        id, name, "Texte « échappé » : \"guillemets\", \\, retour\nà la ligne, tab\t, emoji 🏥 et \u0001.",
        AiCategory.GENERATIVE_AI, LifecycleStatus.PRODUCTION, AiActRoute.TRANSPARENCY_ART_50,
        MedicalDeviceClass.NOT_MEDICAL_DEVICE,
        List.of(new EstablishmentRef(1, "CHU-VDS", "CHU Démo de Val-de-Seine")), null, review,
        Instant.parse("2026-01-02T03:04:05.123456Z"), Instant.parse("2026-11-20T08:00:00Z"), true, false, version, null, "",
        fr.vigie.monitoring.entity.MonitoringFacts.NONE);
  }

  /** What the API's generic JSON provider writes on the wire. */
  static String jackson(Object value) throws Exception {
    var out = new ByteArrayOutputStream();
    new JsonConfiguration().writeTo(
        value, value.getClass(), value.getClass(), new Annotation[0], MediaType.APPLICATION_JSON_TYPE,
        new MultivaluedHashMap<>(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  static String written(AiSystemPage page, RegisterRows rows) throws Exception {
    var out = new ByteArrayOutputStream();
    AiSystemPageWriter.write(page, rows, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aPageIsWrittenExactlyAsJacksonWouldWriteIt() throws Exception {
    var cached = rows.summary(entry(1, "Assistant RH", TODAY.plusDays(3), 0), TODAY);
    var cachedAgain = rows.summary(entry(2, "Robot de refacturation", null, 4), TODAY);
    var unknown = new AiSystemMapperImpl().toSummary(entry(3, "Copilote bureautique", TODAY.minusDays(1), 1), TODAY);
    var page = new AiSystemPage(List.of(cached, unknown, cachedAgain), 41, 2, 3);

    assertThat(rows.json(cached)).isNotNull();
    assertThat(rows.json(unknown)).as("a summary the cache did not hand out is rendered by Jackson").isNull();
    assertThat(written(page, rows)).isEqualTo(jackson(page));
    assertThat(written(new AiSystemPage(List.of(), 0, 0, 20), rows)).isEqualTo(jackson(new AiSystemPage(List.of(), 0, 0, 20)));
  }

  @Test
  void theSameEntryOnTheSameDayIsMappedOnce() {
    var entry = entry(1, "Assistant RH", TODAY.plusDays(3), 0);
    assertThat(rows.summary(entry, TODAY)).isSameAs(rows.summary(entry, TODAY));
  }

  @Test
  void aChangedSystemGetsAFreshRow() throws Exception {
    var before = rows.summary(entry(1, "Assistant RH", TODAY.plusDays(3), 0), TODAY);
    var after = rows.summary(entry(1, "Assistant RH v2", TODAY.plusDays(3), 1), TODAY);

    assertThat(after.name()).isEqualTo("Assistant RH v2");
    assertThat(rows.json(before)).as("the old row is no longer served").isNull();
    assertThat(rows.json(after).getValue()).isEqualTo(jackson(after));
    assertThat(rows.size()).isEqualTo(1);
  }

  @Test
  void theOverdueFlagFollowsTheDate() {
    var entry = entry(1, "Assistant RH", TODAY.plusDays(1), 0);
    assertThat(rows.summary(entry, TODAY).reviewOverdue()).isFalse();
    assertThat(rows.summary(entry, TODAY.plusDays(2)).reviewOverdue()).isTrue();
  }

  @Test
  void aDeletedSystemsRowIsDropped() {
    var summary = rows.summary(entry(1, "Assistant RH", null, 0), TODAY);
    var robot = entry(2, "Robot", null, 0);
    rows.summary(robot, TODAY);

    present.remove(1L); // deleted, on this instance or another: the read model moved on
    revision = 2;
    rows.summary(robot, TODAY);

    assertThat(rows.json(summary)).isNull();
    assertThat(rows.size()).isEqualTo(1);
  }
}
