package fr.vigie.ethics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MaterialSnapshotTest {

  private static MaterialSnapshot of(String purpose, String sites, String siteNames) {
    TreeMap<String, String> values = new TreeMap<>();
    values.put("intendedPurpose", purpose);
    values.put("establishments", sites);
    values.put("aiActRoute", "MINIMAL");
    return new MaterialSnapshot(values, siteNames == null ? Map.of() : Map.of("establishments", siteNames));
  }

  @Test
  void theCanonicalFormSortsKeysKeepsNullsAndEscapesQuotes() {
    var snapshot = of("Dire \"bonjour\"\nà l’accueil", null, null);
    assertThat(snapshot.canonicalForm())
        .isEqualTo("{\"aiActRoute\":\"MINIMAL\",\"establishments\":null,\"intendedPurpose\":\"Dire \\\"bonjour\\\"\\nà l’accueil\"}");
  }

  @Test
  void theFingerprintIsTheSha256OfTheCanonicalForm() {
    // computed outside Java:
    // printf '%s' '{"aiActRoute":"MINIMAL","establishments":"3,12","intendedPurpose":"Trier"}' | sha256sum
    assertThat(of("Trier", "3,12", "CHU, CH").fingerprint())
        .isEqualTo("d70a55eb121aefd2d6274d10c22a376b98ad7957d9e5c5d8c15d0a1637cb864f");
  }

  @Test
  void changesNameEachConfiguredFieldWithItsDisplayedValues() {
    var recorded = of("Trier", "3", "CHU-VDS");
    var now = of("Trier et répondre", "3,12", "CHU-VDS, CH-BOUCLES");
    var changes = recorded.changesTo(now, List.of("intendedPurpose", "aiActRoute", "establishments"));
    assertThat(changes).containsExactly(
        new MaterialSnapshot.Change("intendedPurpose", "Trier", "Trier et répondre", "Trier", "Trier et répondre"),
        new MaterialSnapshot.Change("establishments", "3", "3,12", "CHU-VDS", "CHU-VDS, CH-BOUCLES"));
    // a field no longer configured does not count; one the decision did not record is not compared
    assertThat(recorded.changesTo(now, List.of("aiActRoute", "humanOversight"))).isEmpty();
  }

  @Test
  void configuredNamesAreKeptInOrderAndUnknownOnesReported() {
    List<String> unknown = new ArrayList<>();
    assertThat(MaterialFields.parse(" aiActRoute, modèle ,intendedPurpose,aiActRoute,,", unknown))
        .containsExactly("aiActRoute", "intendedPurpose");
    assertThat(unknown).containsExactly("modèle");
    assertThat(MaterialFields.parse(MaterialFields.DEFAULT, unknown)).hasSize(8);
  }
}
