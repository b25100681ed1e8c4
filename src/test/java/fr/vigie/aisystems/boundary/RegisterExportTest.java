package fr.vigie.aisystems.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegisterExportTest {

  @Test
  void cellsThatASpreadsheetWouldRunAsFormulasAreNeutralised() {
    assertThat(RegisterExport.neutraliseFormula("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
    assertThat(RegisterExport.neutraliseFormula("+33 1 23")).isEqualTo("'+33 1 23");
    assertThat(RegisterExport.neutraliseFormula("-1")).isEqualTo("'-1");
    assertThat(RegisterExport.neutraliseFormula("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(RegisterExport.neutraliseFormula("Assistant RH")).isEqualTo("Assistant RH");
    assertThat(RegisterExport.neutraliseFormula(null)).isNull();
  }
}
