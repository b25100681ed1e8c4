package fr.vigie.usecases.boundary;

import fr.vigie.aisystems.boundary.RegisterExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * Writes the (filtered) use-case list with the register's conventions: CSV for French Excel (UTF-8
 * with BOM, {@code ;}, CRLF, formula-like cells neutralised) or XLSX; headers and enum values in the
 * requested language; instants as Paris local time.
 */
final class UseCaseExport {

  private record Column(String key, Function<UseCaseDto, Object> value) {}

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Paris"));

  private static final List<Column> COLUMNS = List.of(
      new Column("id", UseCaseDto::id),
      new Column("title", UseCaseDto::title),
      new Column("stage", UseCaseDto::stage),
      new Column("stageSince", UseCaseDto::stageSince),
      new Column("irritant", UseCaseDto::irritant),
      new Column("currentProcess", UseCaseDto::currentProcess),
      new Column("proposedSolution", UseCaseDto::proposedSolution),
      new Column("gainTime", UseCaseDto::gainTime),
      new Column("gainCareQuality", UseCaseDto::gainCareQuality),
      new Column("gainWorkingConditions", UseCaseDto::gainWorkingConditions),
      new Column("gainPatientExperience", UseCaseDto::gainPatientExperience),
      new Column("gainCost", UseCaseDto::gainCost),
      new Column("services", UseCaseDto::services),
      new Column("jobFunctions", UseCaseDto::jobFunctions),
      new Column("volume", UseCaseDto::volume),
      new Column("volumePeriod", UseCaseDto::volumePeriod),
      new Column("minutesBefore", UseCaseDto::minutesBefore),
      new Column("minutesAfter", UseCaseDto::minutesAfter),
      new Column("reworkRatePercent", UseCaseDto::reworkRatePercent),
      new Column("reviewMinutes", UseCaseDto::reviewMinutes),
      new Column("hoursPerYear", d -> d.estimate() == null ? null : d.estimate().hoursPerYear()),
      new Column("ftePerYear", d -> d.estimate() == null ? null : d.estimate().ftePerYear()),
      new Column("dataAndSystems", UseCaseDto::dataAndSystems),
      new Column("category", UseCaseDto::category),
      new Column("origin", UseCaseDto::origin),
      new Column("workshopId", UseCaseDto::workshopId),
      new Column("submittedBy", UseCaseDto::submittedBy),
      new Column("tags", UseCaseDto::tags),
      new Column("duplicateOf", d -> d.duplicateOf() == null ? null : d.duplicateOf().id()),
      new Column("aiSystems", d -> d.aiSystems().stream().map(UseCaseSystemRef::name).toList()),
      new Column("createdAt", UseCaseDto::createdAt),
      new Column("updatedAt", UseCaseDto::updatedAt));

  private final ResourceBundle labels;

  UseCaseExport(Locale locale) {
    this.labels = labels(locale);
  }

  static ResourceBundle labels(Locale locale) {
    return ResourceBundle.getBundle("fr.vigie.usecases.boundary.UseCaseLabels", locale);
  }

  String fileName() {
    return labels.getString("file");
  }

  void writeCsv(List<UseCaseDto> rows, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
    try (CSVPrinter csv = new CSVPrinter(writer, format)) {
      csv.printRecord(COLUMNS.stream().map(c -> labels.getString(c.key())).toList());
      for (UseCaseDto row : rows) {
        csv.printRecord(COLUMNS.stream().map(c -> RegisterExport.neutraliseFormula(text(c.value().apply(row)))).toList());
      }
    }
  }

  void writeXlsx(List<UseCaseDto> rows, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Vigie", "1.0");
    Worksheet sheet = workbook.newWorksheet(labels.getString("sheet"));
    for (int c = 0; c < COLUMNS.size(); c++) {
      sheet.value(0, c, labels.getString(COLUMNS.get(c).key()));
      sheet.style(0, c).bold().set();
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < COLUMNS.size(); c++) {
        Object value = COLUMNS.get(c).value().apply(rows.get(r));
        if (value instanceof Number number) {
          sheet.value(r + 1, c, number);
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

  String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> e) {
      return labels.getString(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
    if (value instanceof Instant instant) {
      return STAMP.format(instant);
    }
    if (value instanceof Collection<?> values) {
      return values.stream().map(this::text).collect(Collectors.joining(", "));
    }
    return value.toString();
  }
}
