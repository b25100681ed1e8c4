package fr.vigie.aisystems.boundary;

import fr.vigie.establishments.boundary.EstablishmentRef;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the (filtered) register as CSV for French Excel (UTF-8 with BOM, {@code ;} separator,
 * CRLF) or as XLSX. Headers and enum values are labelled in the requested language; cells that a
 * spreadsheet would run as a formula are neutralised in CSV.
 */
public final class RegisterExport {

  private record Column(String key, Function<AiSystemDto, Object> value) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("id", AiSystemDto::id),
          new Column("name", AiSystemDto::name),
          new Column("shortDescription", AiSystemDto::shortDescription),
          new Column("status", AiSystemDto::status),
          new Column("statusChangedOn", AiSystemDto::statusChangedOn),
          new Column("category", AiSystemDto::category),
          new Column("establishments", d -> d.establishments().stream().map(EstablishmentRef::shortName).toList()),
          new Column("responsibleService", AiSystemDto::responsibleService),
          new Column("accountableOwner", AiSystemDto::accountableOwner),
          new Column("technicalLead", AiSystemDto::technicalLead),
          new Column("publicContact", AiSystemDto::publicContact),
          new Column("intendedPurpose", AiSystemDto::intendedPurpose),
          new Column("outOfScopeUses", AiSystemDto::outOfScopeUses),
          new Column("tags", AiSystemDto::tags),
          new Column("inHouse", AiSystemDto::inHouse),
          new Column("supplier", AiSystemDto::supplier),
          new Column("product", AiSystemDto::product),
          new Column("productVersion", AiSystemDto::productVersion),
          new Column("foundationModel", AiSystemDto::foundationModel),
          new Column("selfLearning", AiSystemDto::selfLearning),
          new Column("automationLevel", AiSystemDto::automationLevel),
          new Column("integrations", AiSystemDto::integrations),
          new Column("medicalDeviceClass", AiSystemDto::medicalDeviceClass),
          new Column("ceCertificateReference", AiSystemDto::ceCertificateReference),
          new Column("aiActRole", AiSystemDto::aiActRole),
          new Column("aiActRoute", AiSystemDto::aiActRoute),
          new Column("annexIiiPoint", AiSystemDto::annexIiiPoint),
          new Column("aiActJustification", AiSystemDto::aiActJustification),
          new Column("dataCategories", AiSystemDto::dataCategories),
          new Column("personalData", AiSystemDto::personalData),
          new Column("healthData", AiSystemDto::healthData),
          new Column("hosting", AiSystemDto::hosting),
          new Column("hostName", AiSystemDto::hostName),
          new Column("dataLocation", AiSystemDto::dataLocation),
          new Column("logRetentionMonths", AiSystemDto::logRetentionMonths),
          new Column("dpiaStatus", AiSystemDto::dpiaStatus),
          new Column("dpiaReference", AiSystemDto::dpiaReference),
          new Column("humanOversight", AiSystemDto::humanOversight),
          new Column("oversightPersons", AiSystemDto::oversightPersons),
          new Column("patientStaffInformation", AiSystemDto::patientStaffInformation),
          new Column("knownLimitations", AiSystemDto::knownLimitations),
          new Column("productionStartDate", AiSystemDto::productionStartDate),
          new Column("retirementDate", AiSystemDto::retirementDate),
          new Column("nextReviewDate", AiSystemDto::nextReviewDate),
          new Column("reviewOverdue", AiSystemDto::reviewOverdue),
          new Column("monitoringStatus", d -> d.monitoringStatus() == null ? null : d.monitoringStatus().level()),
          new Column("monitoringReasons", d -> d.monitoringStatus() == null ? null : d.monitoringStatus().reasons()),
          new Column("demo", AiSystemDto::demo),
          new Column("updatedAt", AiSystemDto::updatedAt));

  private final ResourceBundle labels;

  public RegisterExport(Locale locale) {
    this.labels = ResourceBundle.getBundle("fr.vigie.aisystems.boundary.RegisterLabels", locale);
  }

  public void writeCsv(List<AiSystemDto> systems, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    try (CSVPrinter csv = new CSVPrinter(writer, format)) {
      csv.printRecord(COLUMNS.stream().map(c -> labels.getString(c.key())).toList());
      for (AiSystemDto system : systems) {
        csv.printRecord(COLUMNS.stream().map(c -> neutraliseFormula(text(c.value().apply(system)))).toList());
      }
    }
  }

  public void writeXlsx(List<AiSystemDto> systems, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Vigie", "1.0");
    Worksheet sheet = workbook.newWorksheet(labels.getString("sheet"));
    for (int c = 0; c < COLUMNS.size(); c++) {
      sheet.value(0, c, labels.getString(COLUMNS.get(c).key()));
      sheet.style(0, c).bold().set();
    }
    for (int r = 0; r < systems.size(); r++) {
      for (int c = 0; c < COLUMNS.size(); c++) {
        Object value = COLUMNS.get(c).value().apply(systems.get(r));
        if (value instanceof Number number) {
          sheet.value(r + 1, c, number);
        } else if (value instanceof LocalDate date) {
          sheet.value(r + 1, c, date);
          sheet.style(r + 1, c).format("yyyy-mm-dd").set();
        } else {
          String text = text(value);
          if (text != null) {
            sheet.value(r + 1, c, text);
          }
        }
      }
    }
    sheet.freezePane(0, 1);
    workbook.finish();
  }

  private String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Boolean b) {
      return labels.getString(b.toString());
    }
    if (value instanceof Enum<?> e) {
      return labels.getString(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(this::text).collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  /** OWASP CSV injection: a cell starting with = + - @ (or tab/CR) is prefixed with a quote. */
  public static String neutraliseFormula(String cell) {
    if (cell == null || cell.isEmpty()) {
      return cell;
    }
    char first = cell.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
        ? "'" + cell
        : cell;
  }
}
