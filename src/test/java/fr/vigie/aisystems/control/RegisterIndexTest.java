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
    var index = new RegisterIndex();
    index.repository = new AiSystemRepository() {
      @Override
      public List<RegisterEntry> loadRegister() {
        return ENTRIES;
      }
    };
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

  @Test
  void committedChangesShowUpButLateOrStaleEventsNeverUndoThem() {
    var index = new RegisterIndex();
    var loads = new java.util.concurrent.atomic.AtomicInteger();
    index.repository = new AiSystemRepository() {
      @Override
      public List<RegisterEntry> loadRegister() {
        loads.incrementAndGet();
        return ENTRIES;
      }
    };
    var all = new AiSystemFilter();
    var byName = new PageRequest(0, 20, "name");
    assertThat(index.search(all, byName, TODAY).total()).isEqualTo(4);

    var renamed = renamed(entry(4, "zzz renamed", LifecycleStatus.PILOT, null, MedicalDeviceClass.NOT_MEDICAL_DEVICE), 2);
    index.onChange(new RegisterChanged(4, renamed));
    assertThat(index.search(all, byName, TODAY).items()).extracting(RegisterEntry::name).last().isEqualTo("zzz renamed");

    var stale = renamed(entry(4, "older edit", LifecycleStatus.PILOT, null, MedicalDeviceClass.NOT_MEDICAL_DEVICE), 1);
    index.onChange(new RegisterChanged(4, stale));
    assertThat(index.search(all, byName, TODAY).items()).extracting(RegisterEntry::name).doesNotContain("older edit");

    index.onChange(new RegisterChanged(3, null));
    index.onChange(new RegisterChanged(3, renamed(entry(3, "late update", LifecycleStatus.PILOT, null, MedicalDeviceClass.NOT_MEDICAL_DEVICE), 9)));
    assertThat(index.search(all, byName, TODAY).items()).extracting(RegisterEntry::id).containsExactly(1L, 2L, 4L);

    index.invalidate();
    index.search(all, byName, TODAY);
    assertThat(loads).hasValue(2);
  }

  private static RegisterEntry renamed(RegisterEntry e, long version) {
    return new RegisterEntry(e.id(), e.name(), e.shortDescription(), e.category(), e.status(), e.aiActRoute(),
        e.medicalDeviceClass(), e.establishments(), e.accountableOwner(), e.nextReviewDate(), e.createdAt(),
        e.updatedAt(), e.demo(), version, e.nameKey(), e.searchText());
  }
}
