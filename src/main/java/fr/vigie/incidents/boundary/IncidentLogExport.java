package fr.vigie.incidents.boundary;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.vigie.incidents.control.Deadlines;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The incident log as a French (or English) A4 PDF and as XLSX; times on the Paris clock. */
final class IncidentLogExport {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private final ResourceBundle labels;
  private final Locale locale;

  IncidentLogExport(Locale locale) {
    this.locale = locale;
    this.labels = ResourceBundle.getBundle("fr.vigie.incidents.boundary.IncidentLogLabels", locale);
  }

  static String time(Instant at) {
    return at == null ? "" : at.atZone(Deadlines.HOSPITAL_ZONE).format(TIME);
  }

  String label(String key, Object... args) {
    return args.length == 0 ? labels.getString(key) : new MessageFormat(labels.getString(key), locale).format(args);
  }

  String value(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Boolean b) {
      return labels.getString(b.toString());
    }
    if (v instanceof Enum<?> e) {
      return labels.getString(e.getDeclaringClass().getSimpleName() + "." + e.name());
    }
    if (v instanceof Instant i) {
      return time(i);
    }
    return v.toString();
  }

  String deadline(IncidentDutyDto d) {
    if (d.deadlineAt() == null) {
      return d.deadlineAmount() == null && !d.automatic() ? label("noDeadline") : "";
    }
    if (d.deadlineAmount() != null && d.deadlineAmount() == 0) {
      return label("immediate", time(d.deadlineAt()));
    }
    return time(d.deadlineAt());
  }

  String stateText(IncidentDutyDto d) {
    String state = value(d.state());
    return switch (d.state()) {
      case DONE -> state + " " + time(d.doneAt()) + " — " + d.reference();
      case NOT_APPLICABLE -> state + " : " + d.notApplicableReason();
      case TO_DO -> state;
    };
  }

  void writePdf(List<IncidentDto> incidents, OutputStream out) throws IOException {
    Document document = new Document(PageSize.A4, 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(label("title"));
      document.open();
      Font title = new Font(Font.HELVETICA, 14, Font.BOLD);
      Font heading = new Font(Font.HELVETICA, 11, Font.BOLD);
      Font body = new Font(Font.HELVETICA, 8.5f);
      Font bold = new Font(Font.HELVETICA, 8.5f, Font.BOLD);
      document.add(new Paragraph(label("title"), title));
      document.add(new Paragraph(label("generated", time(Instant.now()), incidents.size()), body));
      for (IncidentDto i : incidents) {
        Paragraph h = new Paragraph(label("incident", Long.toString(i.id())) + " — " + i.aiSystemName(), heading);
        h.setSpacingBefore(12);
        h.setSpacingAfter(4);
        document.add(h);
        PdfPTable facts = new PdfPTable(new float[] {1.2f, 3f});
        facts.setWidthPercentage(100);
        row(facts, bold, body, "status", value(i.status()));
        row(facts, bold, body, "establishment", i.establishmentName());
        row(facts, bold, body, "occurredAt", value(i.occurredAt()));
        row(facts, bold, body, "awareAt", value(i.awareAt()));
        row(facts, bold, body, "declaredBy", i.declaredBy() + ", " + value(i.declaredAt()));
        row(facts, bold, body, "description", i.description());
        row(facts, bold, body, "harm", value(i.harm()));
        row(facts, bold, body, "healthConsequence", value(i.healthConsequence()));
        row(facts, bold, body, "personalDataBreach", value(i.personalDataBreach()));
        row(facts, bold, body, "securityIncident", value(i.securityIncident()));
        row(facts, bold, body, "actionsTaken", i.actionsTaken());
        row(facts, bold, body, "useSuspended", value(i.useSuspended()));
        if (i.closedAt() != null) {
          row(facts, bold, body, "closedAt", value(i.closedAt()));
          row(facts, bold, body, "closingComment", i.closingComment());
        }
        document.add(facts);
        if (i.duties().isEmpty()) {
          document.add(new Paragraph(label("noDuty"), body));
          continue;
        }
        PdfPTable duties = new PdfPTable(new float[] {2.2f, 2f, 1.8f, 1.3f, 1.7f});
        duties.setWidthPercentage(100);
        duties.setSpacingBefore(4);
        for (String key : List.of("duty", "addressee", "legalBasis", "deadline", "state")) {
          duties.addCell(cell(label(key), bold));
        }
        duties.setHeaderRows(1);
        for (IncidentDutyDto d : i.duties()) {
          duties.addCell(cell(d.title(), body));
          duties.addCell(cell(d.addressee(), body));
          duties.addCell(cell(d.legalBasis(), body));
          duties.addCell(cell(deadline(d), body));
          duties.addCell(cell(stateText(d), body));
        }
        document.add(duties);
      }
      document.close();
    } catch (DocumentException e) {
      throw new IOException("the incident log could not be written as PDF", e);
    }
  }

  private void row(PdfPTable table, Font bold, Font body, String key, String value) {
    table.addCell(cell(label(key), bold));
    table.addCell(cell(value == null ? "" : value, body));
  }

  private static PdfPCell cell(String text, Font font) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
    cell.setPadding(3);
    cell.setVerticalAlignment(Element.ALIGN_TOP);
    return cell;
  }

  void writeXlsx(List<IncidentDto> incidents, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Vigie", "1.0");
    Worksheet sheet = workbook.newWorksheet(label("sheet"));
    List<String> columns = List.of("id", "aiSystem", "establishment", "occurredAt", "awareAt", "declaredBy",
        "declaredAt", "description", "harm", "healthConsequence", "personalDataBreach", "securityIncident",
        "widespreadInfringement", "criticalInfrastructure", "actionsTaken", "useSuspended", "status", "closedAt",
        "closingComment");
    header(sheet, columns);
    int r = 1;
    for (IncidentDto i : incidents) {
      List<Object> values = List.of(i.id(), text(i.aiSystemName()), text(i.establishmentName()),
          value(i.occurredAt()), value(i.awareAt()), i.declaredBy(), value(i.declaredAt()), i.description(),
          value(i.harm()), value(i.healthConsequence()), value(i.personalDataBreach()), value(i.securityIncident()),
          value(i.widespreadInfringement()), value(i.criticalInfrastructure()), text(i.actionsTaken()),
          value(i.useSuspended()), value(i.status()), value(i.closedAt()), text(i.closingComment()));
      cells(sheet, r++, values);
    }
    sheet.freezePane(0, 1);
    Worksheet duties = workbook.newWorksheet(label("dutiesSheet"));
    header(duties, List.of("id", "aiSystem", "duty", "addressee", "legalBasis", "deadline", "state", "doneAt",
        "reference", "reason"));
    r = 1;
    for (IncidentDto i : incidents) {
      for (IncidentDutyDto d : i.duties()) {
        cells(duties, r++, List.of(i.id(), text(i.aiSystemName()), d.title(), d.addressee(), d.legalBasis(),
            deadline(d), value(d.state()), value(d.doneAt()), text(d.reference()), text(d.notApplicableReason())));
      }
    }
    duties.freezePane(0, 1);
    workbook.finish();
  }

  private static String text(String s) {
    return s == null ? "" : s;
  }

  private void header(Worksheet sheet, List<String> keys) {
    for (int c = 0; c < keys.size(); c++) {
      sheet.value(0, c, label(keys.get(c)));
      sheet.style(0, c).bold().set();
    }
  }

  private static void cells(Worksheet sheet, int row, List<Object> values) {
    for (int c = 0; c < values.size(); c++) {
      Object v = values.get(c);
      if (v instanceof Number n) {
        sheet.value(row, c, n);
      } else if (!v.toString().isEmpty()) {
        sheet.value(row, c, v.toString());
      }
    }
  }
}
