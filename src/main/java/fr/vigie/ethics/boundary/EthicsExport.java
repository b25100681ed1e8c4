package fr.vigie.ethics.boundary;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fr.vigie.establishments.boundary.EstablishmentRef;
import fr.vigie.ethics.entity.SignOffStatus;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the "état des lieux des questionnements éthiques" for the certification visit (HAS 3.1-06): per AI system
 * its sign-off, the questions raised, the decisions and their conditions, then the sign-offs to renew and the overdue
 * conditions. PDF: A4, standard Helvetica (text outside Windows-1252 is not drawn); XLSX: one sheet per list.
 */
final class EthicsExport {

  private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
  private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
  private static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
  private static final Font NORMAL = new Font(Font.HELVETICA, 9);

  private final Locale locale;
  private final ResourceBundle labels;
  private final ResourceBundle registerLabels;
  private final LocalDate today;
  private final DateTimeFormatter dates;

  EthicsExport(Locale locale, LocalDate today) {
    this.locale = locale;
    this.labels = ResourceBundle.getBundle("fr.vigie.ethics.boundary.EthicsLabels", locale);
    this.registerLabels = ResourceBundle.getBundle("fr.vigie.aisystems.boundary.RegisterLabels", locale);
    this.today = today;
    this.dates = DateTimeFormatter.ofPattern(locale.getLanguage().equals("fr") ? "dd/MM/yyyy" : "yyyy-MM-dd");
  }

  private String l(String key, Object... args) {
    String pattern = EthicsViews.label(labels, key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  private String date(LocalDate d) {
    return d == null ? "" : dates.format(d);
  }

  private static String establishments(EthicsInventoryEntry e) {
    return e.system().establishments().stream().map(EstablishmentRef::shortName).collect(Collectors.joining(", "));
  }

  /** A material change as read in the export: the localised field label and values. */
  private List<String[]> changes(EthicsInventoryEntry e) {
    List<String[]> rows = new ArrayList<>();
    for (MaterialChangeDto c : e.file().signOff().changes()) {
      boolean ids = "establishments".equals(c.field());
      rows.add(new String[] {EthicsViews.label(registerLabels, c.field()),
          nullToDash(EthicsViews.text(registerLabels, c.field(), ids ? c.beforeText() : c.before())),
          nullToDash(EthicsViews.text(registerLabels, c.field(), ids ? c.afterText() : c.after()))});
    }
    return rows;
  }

  private static String nullToDash(String s) {
    return s == null ? "—" : s;
  }

  void writePdf(List<EthicsInventoryEntry> entries, OutputStream out) throws IOException {
    Document document = new Document(PageSize.A4, 40, 40, 40, 50);
    try {
      PdfWriter.getInstance(document, out);
      HeaderFooter footer = new HeaderFooter(new Phrase(l("title") + " – " + date(today) + " – ", NORMAL), true);
      footer.setBorder(0);
      document.setFooter(footer);
      document.addTitle(l("title"));
      document.addCreator("Vigie");
      document.open();
      document.add(new Paragraph(l("title"), TITLE));
      document.add(new Paragraph(l("subtitle", date(today), entries.size()), NORMAL));
      if (entries.isEmpty()) {
        document.add(new Paragraph(l("empty"), NORMAL));
      }
      for (EthicsInventoryEntry e : entries) {
        system(document, e);
      }
      summary(document, entries);
      document.close();
    } catch (DocumentException e) {
      throw new IOException("the PDF could not be written", e);
    }
  }

  private void system(Document document, EthicsInventoryEntry e) throws DocumentException {
    Paragraph heading = new Paragraph(e.system().name(), HEADING);
    heading.setSpacingBefore(14);
    document.add(heading);
    document.add(line(l("establishments"), establishments(e)));
    EthicsSignOffDto signOff = e.file().signOff();
    document.add(line(l("signOff"), l("SignOffStatus." + signOff.status())));
    for (EthicsReviewDto review : e.file().reviews()) {
      Paragraph p = new Paragraph(l("review", date(review.requestedOn()), review.requestedBy()), BOLD);
      p.setSpacingBefore(6);
      document.add(p);
      document.add(line(l("questions"), ""));
      for (String q : review.questions()) {
        document.add(new Paragraph("  • " + q, NORMAL));
      }
      document.add(line(l("stakeholders"), review.stakeholders().isEmpty() ? l("none")
          : String.join(", ", review.stakeholders())));
      document.add(line(l("representatives"), l(Boolean.toString(review.representativesInvolved()))));
      document.add(line(l("documents"), review.documents().isEmpty() ? l("none")
          : review.documents().stream().map(d -> d.title() + " (" + d.url() + ")").collect(Collectors.joining(" ; "))));
      if (review.decisions().isEmpty()) {
        document.add(new Paragraph(l("noDecision"), NORMAL));
      }
      for (EthicsDecisionDto d : review.decisions()) {
        decision(document, d);
      }
    }
  }

  private void decision(Document document, EthicsDecisionDto d) throws DocumentException {
    Paragraph p = new Paragraph(l("decision", date(d.meetingDate())) + " : " + l("DecisionOutcome." + d.outcome())
        + (d.current() ? "" : " – " + l("superseded", d.supersededById())), BOLD);
    p.setSpacingBefore(4);
    document.add(p);
    document.add(line(l("members"), String.join(", ", d.membersPresent())));
    document.add(line(l("rationale"), d.rationale()));
    document.add(line(l("fingerprint"), d.fingerprint()));
    if (!d.conditions().isEmpty()) {
      PdfPTable table = table(new float[] {4, 2, 1.3f, 1.3f, 2.5f},
          l("condition"), l("owner"), l("dueOn"), l("status"), l("closingComment"));
      for (EthicsConditionDto c : d.conditions()) {
        cells(table, c.description(), c.owner(), date(c.dueOn()),
            l("ConditionStatus." + c.status()) + (c.overdue() ? " (" + l("overdue") + ")" : "")
                + (c.closedOn() == null ? "" : " " + date(c.closedOn())),
            c.closingComment() == null ? "" : c.closingComment());
      }
      document.add(table);
    }
  }

  private void summary(Document document, List<EthicsInventoryEntry> entries) throws DocumentException {
    Paragraph heading = new Paragraph(l("renewals"), HEADING);
    heading.setSpacingBefore(16);
    document.add(heading);
    PdfPTable renewals = table(new float[] {3, 2, 3, 3}, l("system"), l("changedField"), l("before"), l("after"));
    boolean any = false;
    for (EthicsInventoryEntry e : entries) {
      if (e.file().signOff().status() != SignOffStatus.TO_RENEW) {
        continue;
      }
      for (String[] c : changes(e)) {
        cells(renewals, e.system().name(), c[0], c[1], c[2]);
        any = true;
      }
    }
    document.add(any ? renewals : new Paragraph(l("none"), NORMAL));
    heading = new Paragraph(l("overdueConditions"), HEADING);
    heading.setSpacingBefore(12);
    document.add(heading);
    PdfPTable overdue = table(new float[] {3, 4, 2, 1.5f}, l("system"), l("condition"), l("owner"), l("dueOn"));
    any = false;
    for (EthicsInventoryEntry e : entries) {
      for (EthicsConditionDto c : conditionsInForce(e)) {
        if (c.overdue()) {
          cells(overdue, e.system().name(), c.description(), c.owner(), date(c.dueOn()));
          any = true;
        }
      }
    }
    document.add(any ? overdue : new Paragraph(l("none"), NORMAL));
  }

  private static List<EthicsConditionDto> conditionsInForce(EthicsInventoryEntry e) {
    return e.file().reviews().stream().flatMap(r -> r.decisions().stream()).filter(EthicsDecisionDto::current)
        .flatMap(d -> d.conditions().stream()).toList();
  }

  private static Paragraph line(String label, String value) {
    Paragraph p = new Paragraph();
    p.add(new Chunk(label + (value.isEmpty() ? "" : " : "), BOLD));
    p.add(new Chunk(value, NORMAL));
    return p;
  }

  private static PdfPTable table(float[] widths, String... headers) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(4);
    table.setHeaderRows(1);
    for (String h : headers) {
      table.addCell(new Phrase(h, BOLD));
    }
    return table;
  }

  private static void cells(PdfPTable table, String... values) {
    for (String v : values) {
      table.addCell(new Phrase(v == null ? "" : v, NORMAL));
    }
  }

  void writeXlsx(List<EthicsInventoryEntry> entries, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Vigie", "1.0");
    Worksheet questions = sheet(workbook, "sheet.questions", "system", "establishments", "signOff", "reviewId",
        "requestedOn", "requestedBy", "question", "stakeholders", "representatives", "documents");
    Worksheet decisions = sheet(workbook, "sheet.decisions", "system", "reviewId", "decisionId", "meetingDate",
        "outcome", "members", "rationale", "current", "fingerprint");
    Worksheet conditions = sheet(workbook, "sheet.conditions", "system", "decisionId", "condition", "owner",
        "dueOn", "status", "closedOn", "closingComment", "overdue");
    Worksheet renewals = sheet(workbook, "sheet.renewals", "system", "signOff", "changedField", "before", "after");
    int q = 1;
    int d = 1;
    int c = 1;
    int r = 1;
    for (EthicsInventoryEntry e : entries) {
      String name = e.system().name();
      String status = l("SignOffStatus." + e.file().signOff().status());
      for (EthicsReviewDto review : e.file().reviews()) {
        for (String question : review.questions()) {
          row(questions, q++, name, establishments(e), status, review.id(), review.requestedOn(),
              review.requestedBy(), question, String.join(", ", review.stakeholders()),
              l(Boolean.toString(review.representativesInvolved())),
              review.documents().stream().map(x -> x.title() + " (" + x.url() + ")").collect(Collectors.joining(" ; ")));
        }
        for (EthicsDecisionDto decision : review.decisions()) {
          row(decisions, d++, name, review.id(), decision.id(), decision.meetingDate(),
              l("DecisionOutcome." + decision.outcome()), String.join(", ", decision.membersPresent()),
              decision.rationale(), l(Boolean.toString(decision.current())), decision.fingerprint());
          if (!decision.current()) {
            continue;
          }
          for (EthicsConditionDto condition : decision.conditions()) {
            row(conditions, c++, name, decision.id(), condition.description(), condition.owner(), condition.dueOn(),
                l("ConditionStatus." + condition.status()), condition.closedOn(), condition.closingComment(),
                l(Boolean.toString(condition.overdue())));
          }
        }
      }
      if (e.file().signOff().status() == SignOffStatus.TO_RENEW) {
        for (String[] change : changes(e)) {
          row(renewals, r++, name, status, change[0], change[1], change[2]);
        }
      }
    }
    workbook.finish();
  }

  private Worksheet sheet(Workbook workbook, String name, String... headers) {
    Worksheet sheet = workbook.newWorksheet(l(name));
    for (int i = 0; i < headers.length; i++) {
      sheet.value(0, i, l(headers[i]));
      sheet.style(0, i).bold().set();
    }
    sheet.freezePane(0, 1);
    return sheet;
  }

  private static void row(Worksheet sheet, int row, Object... values) {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v instanceof Number n) {
        sheet.value(row, i, n);
      } else if (v instanceof LocalDate date) {
        sheet.value(row, i, date);
        sheet.style(row, i).format("yyyy-mm-dd").set();
      } else if (v != null) {
        sheet.value(row, i, v.toString());
      }
    }
  }
}
