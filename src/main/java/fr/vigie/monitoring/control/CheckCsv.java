package fr.vigie.monitoring.control;

import fr.vigie.monitoring.entity.MonitoringMethod.Family;
import fr.vigie.platform.i18n.Messages;
import fr.vigie.platform.problem.ProblemException;
import fr.vigie.platform.problem.ProblemType;
import fr.vigie.platform.problem.Violation;
import fr.vigie.platform.validation.TextRules;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one check's summary data from a CSV file (docs/computations.md, "Checks as CSV"): UTF-8 (a byte-order
 * mark is skipped), a header line naming the columns of the line's shape, {@code ;}, {@code ,} or tab as the
 * delimiter (detected from the header), a decimal comma accepted when the delimiter is {@code ;} or tab (French
 * spreadsheets). Gives the same data a JSON check carries, and for each JSON path the CSV cell it came from, so a
 * refusal of the computation names {@code csv.line[12].current}.
 */
public final class CheckCsv {

  /** Largest accepted file; the platform's limit for any body is 2 MB. */
  public static final int MAX_BYTES = 1024 * 1024;
  /** Largest number of data lines. */
  public static final int MAX_LINES = 10_000;
  /** At most this many violations are reported for one file. */
  private static final int MAX_VIOLATIONS = 20;
  private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u202F]");
  private static final Set<String> YES = Set.of("1", "true", "yes", "oui", "x", "reference", "référence");
  private static final Set<String> NO = Set.of("0", "false", "no", "non", "");

  /** The columns of each shape, in the documented order; {@code reference} is a flag in series shapes. */
  public enum Shape {
    HISTOGRAM(List.of("lower", "upper", "reference", "current"), List.of()),
    CATEGORIES(List.of("category", "reference", "current"), List.of()),
    SERIES(List.of("period", "value"), List.of("reference")),
    SCORES(List.of("reference_positives", "reference_negatives", "current_positives", "current_negatives"),
        List.of("bin")),
    PROPORTIONS(List.of("period", "successes", "trials", "reference"), List.of()),
    RATES(List.of("period", "successes", "trials"), List.of("reference"));

    final List<String> required;
    final List<String> optional;

    Shape(List<String> required, List<String> optional) {
      this.required = required;
      this.optional = optional;
    }

    public List<String> columns() {
      List<String> all = new ArrayList<>(required);
      all.addAll(optional);
      return all;
    }
  }

  /**
   * The data read, as a check carries it, and where each JSON path came from.
   *
   * @param cells JSON path of each value ({@code reference.counts[2]}) → CSV field ({@code csv.line[4].reference})
   */
  public record Result(Shape shape, Sample reference, Sample current, List<RatePeriod> periods,
      Integer referencePeriods, Map<String, String> cells) {

    /** The CSV field a refusal of {@code jsonPath} is about (the path itself when it came from no cell). */
    public String csvField(String jsonPath) {
      String cell = cells.get(jsonPath);
      return cell != null ? cell : jsonPath;
    }

    /** The same refusal with each violation naming its CSV cell. */
    public ProblemException renamed(ProblemException refused) {
      if (refused.violations() == null) {
        return refused;
      }
      List<Violation> named = refused.violations().stream()
          .map(v -> new Violation(csvField(v.field()), v.message())).toList();
      return refused.type() == ProblemType.VALIDATION ? ProblemException.invalid(named)
          : new ProblemException(refused.type(), refused.detail(), named);
    }
  }

  private CheckCsv() {}

  /** Decodes the bytes as UTF-8 text; binary content (NUL, control bytes) or other encodings are a 415. */
  public static String text(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, Messages.get("vigie.csv.tooLarge", MAX_BYTES));
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\r' && b != '\n' || b == 0x7F) {
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Messages.get("vigie.csv.binary", i));
      }
    }
    try {
      CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
      return chars.toString();
    } catch (CharacterCodingException e) {
      throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, Messages.get("vigie.csv.notUtf8"));
    }
  }

  /**
   * A decimal number as written in a CSV cell or a query parameter: digits with a point, or with a comma when
   * {@code decimalComma}; spaces (thousands) are ignored. {@code null} when it is not such a number.
   */
  public static Double decimal(String raw, boolean decimalComma) {
    String value = SPACES.matcher(raw).replaceAll("");
    if (decimalComma && value.indexOf(',') >= 0 && value.indexOf('.') < 0) {
      value = value.replace(',', '.');
    }
    return NUMBER.matcher(value).matches() ? Double.valueOf(value) : null;
  }

  /** The delimiter of a CSV text: tab, {@code ;} or {@code ,}, whichever the header line holds (tab first). */
  static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    if (header.indexOf('\t') >= 0) {
      return '\t';
    }
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons >= commas ? ';' : ',';
  }

  /** Reads a check of a line of {@code family}; the header decides between a histogram and categories. */
  public static Result read(Family family, String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.isBlank()) {
      throw ProblemException.invalid("csv", Messages.get("vigie.csv.empty"));
    }
    char delimiter = delimiter(text);
    List<CSVRecord> records;
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
        .setTrim(true).get();
    List<Long> lines = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      records = new ArrayList<>();
      long line = 1;
      int scanned = 0;
      for (CSVRecord record : parser) {
        if (records.size() > MAX_LINES) {
          throw ProblemException.invalid("csv", Messages.get("vigie.csv.tooManyLines", MAX_LINES));
        }
        int start = (int) Math.min(record.getCharacterPosition(), text.length());
        for (; scanned < start; scanned++) {
          if (text.charAt(scanned) == '\n') {
            line++;
          }
        }
        records.add(record);
        lines.add(line);
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw ProblemException.invalid("csv", Messages.get("vigie.csv.unreadable"));
    }
    Map<String, Integer> header = header(records.get(0), family);
    Shape shape = shape(family, header.keySet());
    List<String> missing = shape.required.stream().filter(c -> !header.containsKey(c)).toList();
    List<String> unknown = header.keySet().stream().filter(c -> !shape.columns().contains(c)).toList();
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw ProblemException.invalid("csv.header", Messages.get("vigie.csv.columns",
          String.join(", ", missing), String.join(", ", unknown), String.join(";", shape.columns())));
    }
    if (records.size() < 2) {
      throw ProblemException.invalid("csv", Messages.get("vigie.csv.empty"));
    }
    var reader = new Rows(records, lines, header, delimiter != ',');
    Result result = switch (shape) {
      case HISTOGRAM -> reader.histogram();
      case CATEGORIES -> reader.categories();
      case SERIES -> reader.series();
      case SCORES -> reader.scores();
      case PROPORTIONS -> reader.proportions();
      case RATES -> reader.rates();
    };
    reader.throwViolations();
    return result;
  }

  private static Map<String, Integer> header(CSVRecord record, Family family) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
      if (columns.put(name, i) != null) {
        throw ProblemException.invalid("csv.header", Messages.get("vigie.csv.duplicateColumn", name));
      }
    }
    return columns;
  }

  private static Shape shape(Family family, Set<String> columns) {
    return switch (family) {
      case DISTRIBUTION -> columns.contains("category") ? Shape.CATEGORIES : Shape.HISTOGRAM;
      case SERIES -> Shape.SERIES;
      case SCORES -> Shape.SCORES;
      case PROPORTIONS -> Shape.PROPORTIONS;
      case RATE_SERIES -> Shape.RATES;
    };
  }

  /** The data lines, read cell by cell; violations are collected and thrown together. */
  private static final class Rows {
    private final List<CSVRecord> records;
    private final List<Long> lines;
    private final Map<String, Integer> header;
    private final boolean decimalComma;
    private final List<Violation> violations = new ArrayList<>();
    private final Map<String, String> cells = new HashMap<>();

    Rows(List<CSVRecord> records, List<Long> lines, Map<String, Integer> header, boolean decimalComma) {
      this.records = records;
      this.lines = lines;
      this.header = header;
      this.decimalComma = decimalComma;
      for (int r = 1; r < records.size(); r++) {
        if (records.get(r).size() != header.size()) {
          violation("csv.line[" + lines.get(r) + "]",
              Messages.get("vigie.csv.cellCount", header.size(), records.get(r).size()));
        }
      }
      throwViolations();
    }

    String field(int row, String column) {
      return "csv.line[" + lines.get(row) + "]." + column;
    }

    String cell(int row, String column) {
      return records.get(row).get(header.get(column));
    }

    Double number(int row, String column, String jsonPath) {
      String raw = cell(row, column);
      if (jsonPath != null) {
        cells.put(jsonPath, field(row, column));
      }
      if (raw.isEmpty()) {
        violation(field(row, column), Messages.get("vigie.csv.missing"));
        return 0.0;
      }
      Double value = decimal(raw, decimalComma);
      if (value == null || value.isInfinite()) {
        violation(field(row, column), Messages.get("vigie.json.number"));
        return 0.0;
      }
      return value;
    }

    String text(int row, String column, String jsonPath, int max) {
      String value = cell(row, column);
      if (jsonPath != null) {
        cells.put(jsonPath, field(row, column));
      }
      if (value.isEmpty()) {
        violation(field(row, column), Messages.get("vigie.csv.missing"));
      } else if (value.length() > max) {
        violation(field(row, column), Messages.get("vigie.csv.tooLong", max));
      } else if (TextRules.firstRefused(value, false) >= 0) {
        violation(field(row, column), Messages.get("vigie.csv.controlCharacter"));
      }
      return value;
    }

    boolean flag(int row) {
      if (!header.containsKey("reference")) {
        return false;
      }
      String value = cell(row, "reference").toLowerCase(Locale.ROOT);
      if (YES.contains(value)) {
        return true;
      }
      if (!NO.contains(value)) {
        violation(field(row, "reference"), Messages.get("vigie.csv.flag"));
      }
      return false;
    }

    void limit(int count, int max) {
      if (count > max) {
        violation("csv", Messages.get("vigie.csv.tooManyRows", max));
      }
    }

    Result histogram() {
      int n = records.size() - 1;
      limit(n, CheckLimits.MAX_BINS);
      List<Double> edges = new ArrayList<>();
      List<Double> ref = new ArrayList<>();
      List<Double> cur = new ArrayList<>();
      for (int r = 1; r <= n; r++) {
        int bin = r - 1;
        Double lower = number(r, "lower", null);
        if (r == 1) {
          edges.add(lower);
          edge(0, field(r, "lower"));
        } else if (!lower.equals(edges.get(edges.size() - 1))) {
          violation(field(r, "lower"), Messages.get("vigie.csv.contiguous"));
        }
        edges.add(number(r, "upper", null));
        edge(bin + 1, field(r, "upper"));
        ref.add(number(r, "reference", "reference.counts[" + bin + "]"));
        cur.add(number(r, "current", "current.counts[" + bin + "]"));
      }
      Sample reference = new Sample();
      reference.binEdges = edges;
      reference.counts = ref;
      Sample current = new Sample();
      current.binEdges = new ArrayList<>(edges);
      current.counts = cur;
      return result(Shape.HISTOGRAM, reference, current, null, null);
    }

    private void edge(int index, String field) {
      cells.put("reference.binEdges[" + index + "]", field);
      cells.put("current.binEdges[" + index + "]", field);
    }

    Result categories() {
      int n = records.size() - 1;
      limit(n, CheckLimits.MAX_BINS);
      List<String> names = new ArrayList<>();
      List<Double> ref = new ArrayList<>();
      List<Double> cur = new ArrayList<>();
      for (int r = 1; r <= n; r++) {
        int bin = r - 1;
        String name = text(r, "category", "reference.categories[" + bin + "]", 200);
        cells.put("current.categories[" + bin + "]", field(r, "category"));
        names.add(name);
        ref.add(number(r, "reference", "reference.counts[" + bin + "]"));
        cur.add(number(r, "current", "current.counts[" + bin + "]"));
      }
      Sample reference = new Sample();
      reference.categories = names;
      reference.counts = ref;
      Sample current = new Sample();
      current.categories = new ArrayList<>(names);
      current.counts = cur;
      return result(Shape.CATEGORIES, reference, current, null, null);
    }

    Result series() {
      List<Double> window = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (int r = 1; r < records.size(); r++) {
        text(r, "period", null, 40);
        boolean inReference = flag(r);
        List<Double> target = inReference ? window : values;
        String path = (inReference ? "reference" : "current") + ".values[" + target.size() + "]";
        target.add(number(r, "value", path));
      }
      limit(Math.max(window.size(), values.size()), CheckLimits.MAX_PERIODS);
      Sample reference = null;
      if (!window.isEmpty()) {
        reference = new Sample();
        reference.values = window;
      }
      Sample current = new Sample();
      current.values = values;
      return result(Shape.SERIES, reference, current, null, null);
    }

    Result scores() {
      int n = records.size() - 1;
      limit(n, CheckLimits.MAX_BINS);
      Sample reference = new Sample();
      reference.positiveCounts = new ArrayList<>();
      reference.negativeCounts = new ArrayList<>();
      Sample current = new Sample();
      current.positiveCounts = new ArrayList<>();
      current.negativeCounts = new ArrayList<>();
      for (int r = 1; r <= n; r++) {
        int bin = r - 1;
        if (header.containsKey("bin")) {
          text(r, "bin", null, 40);
        }
        reference.positiveCounts.add(number(r, "reference_positives", "reference.positiveCounts[" + bin + "]"));
        reference.negativeCounts.add(number(r, "reference_negatives", "reference.negativeCounts[" + bin + "]"));
        current.positiveCounts.add(number(r, "current_positives", "current.positiveCounts[" + bin + "]"));
        current.negativeCounts.add(number(r, "current_negatives", "current.negativeCounts[" + bin + "]"));
      }
      return result(Shape.SCORES, reference, current, null, null);
    }

    Result proportions() {
      Sample reference = null;
      Sample current = null;
      for (int r = 1; r < records.size(); r++) {
        text(r, "period", null, 40);
        boolean inReference = flag(r);
        String prefix = inReference ? "reference" : "current";
        if ((inReference ? reference : current) != null) {
          violation(field(r, "reference"), Messages.get("vigie.csv.twoPeriods"));
          continue;
        }
        Sample sample = new Sample();
        sample.events = number(r, "successes", prefix + ".events");
        sample.total = number(r, "trials", prefix + ".total");
        if (inReference) {
          reference = sample;
        } else {
          current = sample;
        }
      }
      if (reference == null || current == null) {
        violation("csv", Messages.get("vigie.csv.twoPeriods"));
      }
      return result(Shape.PROPORTIONS, reference, current, null, null);
    }

    Result rates() {
      List<RatePeriod> periods = new ArrayList<>();
      int leading = 0;
      for (int r = 1; r < records.size(); r++) {
        int i = r - 1;
        RatePeriod p = new RatePeriod();
        p.period = text(r, "period", "periods[" + i + "].period", 40);
        p.events = number(r, "successes", "periods[" + i + "].events");
        p.total = number(r, "trials", "periods[" + i + "].total");
        if (flag(r)) {
          if (leading != i) {
            violation(field(r, "reference"), Messages.get("vigie.csv.referenceFirst"));
          }
          leading++;
        }
        periods.add(p);
      }
      limit(periods.size(), CheckLimits.MAX_PERIODS);
      return result(Shape.RATES, null, null, periods, header.containsKey("reference") ? leading : null);
    }

    private Result result(Shape shape, Sample reference, Sample current, List<RatePeriod> periods,
        Integer referencePeriods) {
      if (referencePeriods != null) {
        cells.put("referencePeriods", "csv.column.reference");
      }
      return new Result(shape, reference, current, periods, referencePeriods, Map.copyOf(cells));
    }

    void violation(String field, String message) {
      if (violations.size() < MAX_VIOLATIONS) {
        violations.add(new Violation(field, message));
      }
    }

    void throwViolations() {
      if (!violations.isEmpty()) {
        throw ProblemException.invalid(List.copyOf(violations));
      }
    }
  }
}
