package fr.vigie.aisystems.control;

import static org.assertj.core.api.Assertions.assertThat;

import fr.vigie.aisystems.entity.AiActRoute;
import fr.vigie.aisystems.entity.AiCategory;
import fr.vigie.aisystems.entity.AiSystem;
import fr.vigie.aisystems.entity.LifecycleStatus;
import fr.vigie.aisystems.entity.MedicalDeviceClass;
import fr.vigie.platform.paging.PageRequest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterIndexTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static RegisterEntry entry(long id, String name, LifecycleStatus status, LocalDate review, MedicalDeviceClass device) {
    var s = new AiSystem();
    s.setName(name);
    s.setShortDescription("desc");
    s.setAccountableOwner("owner");
    s.setCategory(AiCategory.NLP);
    s.setAiActRoute(AiActRoute.MINIMAL);
    s.setMedicalDeviceClass(device);
    s.setNextReviewDate(review);
    s.setTags(List.of("Prévision"));
    s.changeStatus(status, null, TODAY);
    return RegisterEntry.of(id, s);
  }

  static final List<RegisterEntry> ENTRIES = List.of(
      entry(1, "Écriture assistée", LifecycleStatus.PRODUCTION, TODAY.minusDays(1), MedicalDeviceClass.NOT_MEDICAL_DEVICE),
      entry(2, "zèbre", LifecycleStatus.RETIRED, TODAY.minusDays(5), MedicalDeviceClass.MDR_IIA),
      entry(3, "Ecran", LifecycleStatus.PILOT, null, MedicalDeviceClass.NOT_MEDICAL_DEVICE),
      entry(4, "abaque", LifecycleStatus.PILOT, TODAY.plusDays(3), MedicalDeviceClass.NOT_MEDICAL_DEVICE));

  static List<Long> ids(AiSystemFilter filter, String sort) {
    return ENTRIES.stream().filter(RegisterIndex.matching(filter, TODAY))
        .sorted(RegisterIndex.order(new PageRequest(0, 20, sort).orders(RegisterIndex.SORTABLE.keySet(), "name"))).map(RegisterEntry::id).toList();
  }

  @Test
  void namesSortInFrenchOrderIgnoringCaseAndAccentsFirst() {
    // French collation: a < E(cran) < É(criture) < z, whatever the case; binary order would put "abaque" and "zèbre" after the capitals.
    assertThat(ids(new AiSystemFilter(), "name")).containsExactly(4L, 3L, 1L, 2L);
  }

  @Test
  void textSearchIgnoresAccentsAndCase() {
    var filter = new AiSystemFilter();
    filter.q = "ECRITURE";
    assertThat(ids(filter, "name")).containsExactly(1L);
    filter.q = "prevision"; // matches the tag "Prévision"
    assertThat(ids(filter, "name")).hasSize(4);
  }

  @Test
  void textSearchFindsEveryWordInAnyOrderAndAnyField() {
    var radiology = entry(10, "IA en radiologie", LifecycleStatus.PILOT, null, MedicalDeviceClass.NOT_MEDICAL_DEVICE);
    var cardio = entry(11, "Échographie du cœur", LifecycleStatus.PILOT, null, MedicalDeviceClass.NOT_MEDICAL_DEVICE);
    var index = indexOver(() -> List.of(radiology, cardio), new java.util.concurrent.atomic.AtomicLong());
    var filter = new AiSystemFilter();
    for (String q : List.of("radio ia", "IA RADIO", "  ia\u00a0en   radiologie ", "radiologie ia ia")) {
      filter.q = q;
      assertThat(index.search(filter, new PageRequest(0, 20, "name"), TODAY).items()).as(q)
          .extracting(RegisterEntry::id).containsExactly(10L);
    }
    filter.q = "radio cœur"; // every word must be found
    assertThat(index.search(filter, new PageRequest(0, 20, "name"), TODAY).total()).isZero();
    filter.q = "coeur prevision"; // one word in the name, one in a tag; accents and ligature folded
    assertThat(index.search(filter, new PageRequest(0, 20, "name"), TODAY).items())
        .extracting(RegisterEntry::id).containsExactly(11L);
    assertThat(RegisterEntry.words(" Cœur\tÉCHO  cœur ")).containsExactly("coeur", "echo");
    assertThat(RegisterEntry.words("   ")).isEmpty();
  }

  @Test
  void reviewDueSoonMeansWithinThirtyDaysFromTodayAndStillInUse() {
    var soon = List.of(
        entry(20, "today", LifecycleStatus.PRODUCTION, TODAY, MedicalDeviceClass.NOT_MEDICAL_DEVICE),
        entry(21, "day 30", LifecycleStatus.IDEA, TODAY.plusDays(30), MedicalDeviceClass.NOT_MEDICAL_DEVICE),
        entry(22, "day 31", LifecycleStatus.PRODUCTION, TODAY.plusDays(31), MedicalDeviceClass.NOT_MEDICAL_DEVICE),
        entry(23, "yesterday", LifecycleStatus.PRODUCTION, TODAY.minusDays(1), MedicalDeviceClass.NOT_MEDICAL_DEVICE),
        entry(24, "retired", LifecycleStatus.RETIRED, TODAY.plusDays(3), MedicalDeviceClass.NOT_MEDICAL_DEVICE),
        entry(25, "undated", LifecycleStatus.PILOT, null, MedicalDeviceClass.NOT_MEDICAL_DEVICE));
    var index = indexOver(() -> soon, new java.util.concurrent.atomic.AtomicLong());
    var filter = new AiSystemFilter();
    filter.reviewDueSoon = true;
    assertThat(index.search(filter, new PageRequest(0, 20, "nextReviewDate"), TODAY).items())
        .extracting(RegisterEntry::id).containsExactly(20L, 21L);
    filter.reviewDueSoon = false;
    assertThat(index.search(filter, new PageRequest(0, 20, "nextReviewDate"), TODAY).total()).isEqualTo(4);
  }

  @Test
  void dpiaMissingMeansPersonalDataInUseWithTheDpiaRequiredButNotCompleted() {
    assertThat(AiSystem.dpiaMissing(true, fr.vigie.aisystems.entity.DpiaStatus.REQUIRED_NOT_STARTED, LifecycleStatus.PILOT)).isTrue();
    assertThat(AiSystem.dpiaMissing(true, fr.vigie.aisystems.entity.DpiaStatus.IN_PROGRESS, LifecycleStatus.PRODUCTION)).isTrue();
    assertThat(AiSystem.dpiaMissing(true, fr.vigie.aisystems.entity.DpiaStatus.COMPLETED, LifecycleStatus.PRODUCTION)).isFalse();
    assertThat(AiSystem.dpiaMissing(true, fr.vigie.aisystems.entity.DpiaStatus.NOT_REQUIRED, LifecycleStatus.PRODUCTION)).isFalse();
    assertThat(AiSystem.dpiaMissing(false, fr.vigie.aisystems.entity.DpiaStatus.REQUIRED_NOT_STARTED, LifecycleStatus.PRODUCTION)).isFalse();
    for (var notProcessing : List.of(LifecycleStatus.IDEA, LifecycleStatus.DESIGN, LifecycleStatus.SUSPENDED, LifecycleStatus.RETIRED)) {
      assertThat(AiSystem.dpiaMissing(true, fr.vigie.aisystems.entity.DpiaStatus.IN_PROGRESS, notProcessing)).as(notProcessing.name()).isFalse();
    }
    assertThat(AiSystem.ownerMissing(" \t")).isTrue();
    assertThat(AiSystem.ownerMissing(null)).isTrue();
    assertThat(AiSystem.ownerMissing("Dr Martin")).isFalse();
  }

  @Test
  void aFilterWritesTheQueryOfTheListThatShowsIt() {
    var filter = new AiSystemFilter();
    assertThat(filter.toQuery()).isEmpty();
    filter.q = " radio  ia ";
    filter.status = LifecycleStatus.PILOT;
    filter.reviewDueSoon = true;
    filter.dpiaMissing = false;
    assertThat(filter.toQuery()).isEqualTo("q=radio++ia&status=PILOT&reviewDueSoon=true&dpiaMissing=false");
  }

  @Test
  void countsAreTheListTotalsOfTheirFilters() {
    var index = indexOver(() -> ENTRIES, new java.util.concurrent.atomic.AtomicLong());
    var pilots = new AiSystemFilter();
    pilots.status = LifecycleStatus.PILOT;
    var late = new AiSystemFilter();
    late.reviewOverdue = true;
    var counts = index.count(List.of(new AiSystemFilter(), pilots, late), TODAY);
    assertThat(counts.matching()).containsExactly(4, 2, 1);
    assertThat(counts.entries()).hasSize(4);
  }

  @Test
  void textSearchSpellsOutLigatures() {
    var cardio = entry(9, "Échographie du cœur", LifecycleStatus.PILOT, null, MedicalDeviceClass.NOT_MEDICAL_DEVICE);
    assertThat(cardio.searchText()).contains("coeur");
    assertThat(RegisterEntry.fold("CŒUR")).isEqualTo("coeur");
  }

  /**
   * The indexed search (bit sets per filter value, pre-sorted positions, early stop at the end of
   * the page) must give exactly what the plain definition gives: filter every entry with {@link
   * RegisterIndex#matching}, sort with {@link RegisterIndex#order}, cut the page. Random registers,
   * random filters, sorts and pages, and changes applied in between; a fixed seed so a failure
   * replays.
   */
  @Test
  void indexedSearchAgreesWithThePlainDefinitionOnRandomRegisters() {
    var random = new java.util.Random(20261122);
    var register = new java.util.HashMap<Long, RegisterEntry>();
    for (long id = 1; id <= 300; id++) {
      register.put(id, randomEntry(random, id, 1));
    }
    var committed = new java.util.concurrent.atomic.AtomicLong();
    var index = indexOver(() -> List.copyOf(register.values()), committed);
    String[] sorts = {"name", "-name", "status", "-category", "aiActRoute", "nextReviewDate", "-nextReviewDate",
        "updatedAt", "-createdAt", "status,-name", "-aiActRoute,nextReviewDate"};
    int nonEmpty = 0;
    for (int round = 0; round < 3000; round++) {
      if (round % 100 == 99) { // a committed change: an update, a creation or a deletion
        long id = 1 + random.nextInt(330);
        RegisterEntry known = register.get(id);
        if (known != null && random.nextInt(4) == 0) {
          register.remove(id);
          committed.incrementAndGet();
        } else if (known != null || id > 300) {
          var changed = randomEntry(random, id, known == null ? 1 : known.version() + 1);
          register.put(id, changed);
          committed.incrementAndGet();
        }
      }
      var filter = randomFilter(random);
      var paging = new PageRequest(random.nextInt(4), 1 + random.nextInt(40), sorts[random.nextInt(sorts.length)]);
      LocalDate today = TODAY.plusDays(random.nextInt(3) - 1);

      List<Long> expected = register.values().stream().filter(RegisterIndex.matching(filter, today))
          .sorted(RegisterIndex.order(paging.orders(RegisterIndex.SORTABLE.keySet(), "name")))
          .map(RegisterEntry::id).toList();
      var slice = index.search(filter, paging, today);
      int from = Math.min(paging.offset(), expected.size());
      assertThat(slice.total()).as("total of round %d", round).isEqualTo(expected.size());
      assertThat(slice.items()).as("page of round %d", round).extracting(RegisterEntry::id)
          .containsExactlyElementsOf(expected.subList(from, Math.min(expected.size(), from + paging.size())));
      nonEmpty += slice.items().isEmpty() ? 0 : 1;
    }
    assertThat(nonEmpty).as("the random filters must also find things").isGreaterThan(1000);
  }

  private static final String[] WORDS = {"robot", "Prévision", "cœur", "Courrier", "paie", "PACS", "Écriture", "stock"};

  private static RegisterEntry randomEntry(java.util.Random random, long id, long version) {
    var s = new AiSystem();
    s.setName(WORDS[random.nextInt(WORDS.length)] + " " + (char) ('a' + random.nextInt(26)) + random.nextInt(50));
    s.setShortDescription(WORDS[random.nextInt(WORDS.length)] + " et " + WORDS[random.nextInt(WORDS.length)]);
    s.setAccountableOwner(random.nextInt(10) == 0 ? " " : "Dr " + (char) ('A' + random.nextInt(5)));
    s.setPersonalData(random.nextInt(4) != 0);
    s.setDpiaStatus(pick(random, fr.vigie.aisystems.entity.DpiaStatus.values()));
    s.setCategory(pick(random, AiCategory.values()));
    s.setAiActRoute(pick(random, AiActRoute.values()));
    s.setMedicalDeviceClass(pick(random, MedicalDeviceClass.values()));
    s.setNextReviewDate(random.nextInt(5) == 0 ? null : TODAY.plusDays(random.nextInt(80) - 20));
    s.setTags(random.nextBoolean() ? List.of() : List.of(WORDS[random.nextInt(WORDS.length)]));
    s.changeStatus(pick(random, LifecycleStatus.values()), null, TODAY);
    var e = RegisterEntry.of(id, s);
    var places = new java.util.ArrayList<fr.vigie.establishments.boundary.EstablishmentRef>();
    for (long place = 1; place <= 4; place++) {
      if (random.nextInt(3) == 0) {
        places.add(new fr.vigie.establishments.boundary.EstablishmentRef(place, "E" + place, "Établissement " + place));
      }
    }
    var created = java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(1000) * 3600L);
    return new RegisterEntry(e.id(), e.name(), e.shortDescription(), e.category(), e.status(), e.aiActRoute(),
        e.medicalDeviceClass(), List.copyOf(places), e.accountableOwner(), e.nextReviewDate(), created,
        created.plusSeconds(random.nextInt(100) * 60L), e.demo(), e.dpiaMissing(), version, e.nameKey(), e.searchText(),
        random.nextInt(4) == 0 ? fr.vigie.monitoring.entity.MonitoringFacts.NONE
            : new fr.vigie.monitoring.entity.MonitoringFacts(true, TODAY.plusDays(random.nextInt(10) - 5),
                random.nextInt(4) == 0, random.nextInt(3) == 0));
  }

  private static AiSystemFilter randomFilter(java.util.Random random) {
    var f = new AiSystemFilter();
    if (random.nextInt(3) == 0) {
      f.status = pick(random, LifecycleStatus.values());
    }
    if (random.nextInt(4) == 0) {
      f.category = pick(random, AiCategory.values());
    }
    if (random.nextInt(4) == 0) {
      f.aiActRoute = pick(random, AiActRoute.values());
    }
    if (random.nextInt(4) == 0) {
      f.medicalDevice = random.nextBoolean();
    }
    if (random.nextInt(4) == 0) {
      f.establishmentId = (long) (1 + random.nextInt(5));
    }
    if (random.nextInt(4) == 0) {
      f.reviewOverdue = random.nextBoolean();
    }
    if (random.nextInt(6) == 0) {
      f.reviewDueSoon = random.nextBoolean();
    }
    if (random.nextInt(6) == 0) {
      f.dpiaMissing = random.nextBoolean();
    }
    if (random.nextInt(6) == 0) {
      f.ownerMissing = random.nextBoolean();
    }
    if (random.nextInt(4) == 0) {
      f.monitoringStatus = pick(random, fr.vigie.monitoring.entity.MonitoringLevel.values());
    }
    if (random.nextInt(4) == 0) {
      String[] texts = {"ROBOT", "prevision", "coeur", "cour", "  pacs ", "dr b", "zzz", "", "oe", "x", "t pa", "ck e", "obot",
          "et robot", "PACS prévision", "stock\u00a0cœur", "paie  et\tdr", "robot robot", "cour et zzz"};
      f.q = texts[random.nextInt(texts.length)];
    }
    return f;
  }

  private static <T> T pick(java.util.Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  @Test
  void overdueMeansPastReviewDateAndStillInUse() {
    var filter = new AiSystemFilter();
    filter.reviewOverdue = true;
    assertThat(ids(filter, "name")).containsExactly(1L);
    filter.reviewOverdue = false;
    assertThat(ids(filter, "name")).containsExactly(4L, 3L, 2L);
  }

  @Test
  void medicalDeviceFilterAndNullReviewDatesLast() {
    var filter = new AiSystemFilter();
    filter.medicalDevice = false;
    assertThat(ids(filter, "nextReviewDate")).containsExactly(1L, 4L, 3L);
    assertThat(ids(filter, "-nextReviewDate")).as("descending puts the undated first").containsExactly(3L, 4L, 1L);
  }

  @Test
  void statusSortsInLifecycleOrderThenById() {
    assertThat(ids(new AiSystemFilter(), "status")).containsExactly(3L, 4L, 1L, 2L);
  }

  @Test
  void pagesWalkThePresortedRegisterInBothDirectionsAndCountAllMatches() {
    var index = indexOver(() -> ENTRIES, new java.util.concurrent.atomic.AtomicLong());
    var pilots = new AiSystemFilter();
    var all = index.search(pilots, new PageRequest(1, 2, "-name"), TODAY);
    assertThat(all.total()).isEqualTo(4);
    assertThat(all.items()).extracting(RegisterEntry::id).containsExactly(3L, 4L);
    pilots.status = LifecycleStatus.PILOT;
    var firstPilot = index.search(pilots, new PageRequest(0, 1, "name"), TODAY);
    assertThat(firstPilot.total()).isEqualTo(2);
    assertThat(firstPilot.items()).extracting(RegisterEntry::id).containsExactly(4L);
    assertThat(index.searchAll(new AiSystemFilter(), new PageRequest(0, 1, "status,-name"), TODAY))
        .extracting(RegisterEntry::id).containsExactly(3L, 4L, 1L, 2L);
  }

  /** A read model over a register held by the test, with the committed revision the test sets. */
  static RegisterIndex indexOver(java.util.function.Supplier<List<RegisterEntry>> rows, java.util.concurrent.atomic.AtomicLong committed) {
    var index = new RegisterIndex();
    index.repository = new AiSystemRepository() {
      @Override
      public List<RegisterEntry> loadRegister() {
        return rows.get();
      }
    };
    index.revision = new RegisterRevision() {
      @Override
      public long current() {
        return committed.get();
      }
    };
    return index;
  }

  @Test
  void aCommittedChangeMadeAnywhereShowsAtTheNextRequestAndNothingReloadsWhileTheRevisionStays() {
    var loads = new java.util.concurrent.atomic.AtomicInteger();
    var committed = new java.util.concurrent.atomic.AtomicLong(7);
    var register = new java.util.ArrayList<>(ENTRIES);
    var index = indexOver(() -> {
      loads.incrementAndGet();
      return List.copyOf(register);
    }, committed);
    var all = new AiSystemFilter();
    var byName = new PageRequest(0, 20, "name");
    assertThat(index.search(all, byName, TODAY).total()).isEqualTo(4);
    assertThat(index.search(all, byName, TODAY).total()).isEqualTo(4);
    assertThat(loads).hasValue(1);

    // Another instance (or a SQL script) renames system 4 and deletes system 3: the triggers bump the revision.
    register.set(3, renamed(entry(4, "zzz renamed", LifecycleStatus.PILOT, null, MedicalDeviceClass.NOT_MEDICAL_DEVICE), 2));
    register.remove(2);
    committed.incrementAndGet();

    assertThat(index.search(all, byName, TODAY).items()).extracting(RegisterEntry::name)
        .containsExactly("Écriture assistée", "zèbre", "zzz renamed");
    assertThat(index.loadedRevision()).isEqualTo(8);
    assertThat(loads).hasValue(2);
  }

  @Test
  void aWriteCommittedWhileLoadingIsLoadedByTheNextRequest() {
    var committed = new java.util.concurrent.atomic.AtomicLong(1);
    var register = new java.util.ArrayList<>(ENTRIES.subList(0, 2));
    var index = indexOver(() -> {
      var rows = List.copyOf(register);
      // a write commits after the revision was read and before the rows are used
      register.add(ENTRIES.get(2));
      committed.compareAndSet(1, 2);
      return rows;
    }, committed);
    var all = new AiSystemFilter();
    var byName = new PageRequest(0, 20, "name");
    assertThat(index.search(all, byName, TODAY).total()).isEqualTo(2);
    assertThat(index.loadedRevision()).as("labelled with the revision read before the rows").isEqualTo(1);
    assertThat(index.search(all, byName, TODAY).total()).isEqualTo(3);
  }

  private static RegisterEntry renamed(RegisterEntry e, long version) {
    return new RegisterEntry(e.id(), e.name(), e.shortDescription(), e.category(), e.status(), e.aiActRoute(),
        e.medicalDeviceClass(), e.establishments(), e.accountableOwner(), e.nextReviewDate(), e.createdAt(),
        e.updatedAt(), e.demo(), e.dpiaMissing(), version, e.nameKey(), e.searchText(), e.monitoring());
  }
}
