package fr.vigie.usecases.boundary;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A use-case card as an A4 PDF made by the library (OpenPDF, standard Helvetica: WinAnsi covers
 * French): the card's sections as label/value tables, the estimate with its formula and inputs, and
 * a footer with the print date and the card's version.
 */
final class UseCaseCardPdf {

  private static final Color PRIMARY = new Color(0x00, 0x30, 0x7a);
  private final ResourceBundle labels;
  private final Locale locale;
  private final UseCaseExport values;
  private final Font title = font(16, Font.BOLD, PRIMARY);
  private final Font section = font(12, Font.BOLD, PRIMARY);
  private final Font label = font(9, Font.BOLD, Color.DARK_GRAY);
  private final Font body = font(10, Font.NORMAL, Color.BLACK);
  private final Font small = font(8, Font.NORMAL, Color.DARK_GRAY);

  UseCaseCardPdf(Locale locale) {
    this.locale = locale;
    this.labels = UseCaseExport.labels(locale);
    this.values = new UseCaseExport(locale);
  }

  private static Font font(float size, int style, Color color) {
    return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, size, style, color);
  }

  void write(UseCaseDto u, OutputStream out) throws IOException {
    Document document = new Document(PageSize.A4, 48, 48, 48, 56);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(labels.getString("pdf.heading") + " – " + u.title());
      document.addCreator("Vigie");
      document.open();
      document.add(new Paragraph(labels.getString("pdf.heading") + " n° " + u.id(), small));
      Paragraph heading = new Paragraph(u.title(), title);
      heading.setSpacingAfter(4);
      document.add(heading);
      document.add(new Paragraph(labels.getString("stage") + " : " + values.text(u.stage()), body));

      section(document, "description", List.of(
          row("irritant", u.irritant()), row("currentProcess", u.currentProcess()),
          row("proposedSolution", u.proposedSolution())));
      section(document, "gains", List.of(
          row("gainTime", u.gainTime()), row("gainCareQuality", u.gainCareQuality()),
          row("gainWorkingConditions", u.gainWorkingConditions()),
          row("gainPatientExperience", u.gainPatientExperience()), row("gainCost", u.gainCost())));
      section(document, "people", List.of(row("services", u.services()), row("jobFunctions", u.jobFunctions())));
      section(document, "volumetry", List.of(
          row("volume", u.volume() == null ? null
              : u.volume() + (u.volumePeriod() == null ? "" : " / " + values.text(u.volumePeriod()))),
          row("minutesBefore", number(u.minutesBefore())), row("minutesAfter", number(u.minutesAfter())),
          row("reworkRatePercent", number(u.reworkRatePercent())), row("reviewMinutes", number(u.reviewMinutes()))));
      estimate(document, u.estimate());
      section(document, "technology", List.of(
          row("dataAndSystems", u.dataAndSystems()), row("category", u.category()),
          row("aiSystems", u.aiSystems().stream().map(UseCaseSystemRef::name).toList())));
      section(document, "origin", List.of(
          row("origin", u.origin()), row("submittedBy", u.submittedBy()), row("tags", u.tags()),
          row("duplicateOf", u.duplicateOf() == null ? null : "n° " + u.duplicateOf().id()
              + (u.duplicateOf().title() == null ? "" : " – " + u.duplicateOf().title())),
          row("createdAt", u.createdAt()), row("updatedAt", u.updatedAt())));

      Paragraph footer = new Paragraph(MessageFormat.format(labels.getString("pdf.footer"),
          LocalDate.now(ZoneId.of("Europe/Paris")), String.valueOf(u.version())), small);
      footer.setSpacingBefore(12);
      document.add(footer);
    } catch (DocumentException e) {
      throw new IOException(e);
    } finally {
      if (document.isOpen()) {
        document.close();
      }
    }
  }

  private record Row(String key, Object value) {}

  private static Row row(String key, Object value) {
    return new Row(key, value);
  }

  private void section(Document document, String id, List<Row> rows) throws DocumentException {
    Paragraph head = new Paragraph(labels.getString("pdf.sections." + id), section);
    head.setSpacingBefore(10);
    head.setSpacingAfter(4);
    document.add(head);
    PdfPTable table = new PdfPTable(new float[] {1.3f, 3f});
    table.setWidthPercentage(100);
    for (Row r : rows) {
      PdfPCell name = new PdfPCell(new Phrase(labels.getString(r.key()), label));
      name.setBorderColor(Color.LIGHT_GRAY);
      name.setPadding(4);
      String text = values.text(r.value());
      PdfPCell value = new PdfPCell(new Phrase(text == null || text.isBlank() ? labels.getString("pdf.empty") : text, body));
      value.setBorderColor(Color.LIGHT_GRAY);
      value.setPadding(4);
      table.addCell(name);
      table.addCell(value);
    }
    document.add(table);
  }

  private void estimate(Document document, UseCaseEstimate e) throws DocumentException {
    Paragraph p = new Paragraph();
    p.setSpacingBefore(6);
    if (e == null) {
      p.add(new Chunk(labels.getString("pdf.estimate.none"), body));
    } else {
      p.add(new Chunk(MessageFormat.format(labels.getString("pdf.estimate"), number(e.hoursPerYear()),
          number(e.ftePerYear())), font(10, Font.BOLD, Color.BLACK)));
      p.add(Chunk.NEWLINE);
      p.add(new Chunk(MessageFormat.format(labels.getString("pdf.estimate.detail"), number(e.tasksPerYear()),
          e.volume(), values.text(e.volumePeriod()), e.periodsPerYear(), number(e.savedMinutesPerTask())), small));
      p.add(Chunk.NEWLINE);
      p.add(new Chunk(labels.getString("pdf.estimate.formula"), small));
    }
    p.setAlignment(Element.ALIGN_LEFT);
    document.add(p);
  }

  private String number(BigDecimal value) {
    if (value == null) {
      return null;
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }
}
