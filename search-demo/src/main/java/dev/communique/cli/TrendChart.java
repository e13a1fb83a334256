package dev.communique.cli;

import dev.communique.core.search.FacetField;
import dev.communique.core.search.TrendCount;
import dev.communique.core.search.TrendResult;
import dev.communique.core.search.TrendRow;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartHints;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.Month;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.Year;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a trend as a line chart (JFreeChart), as SVG (JFreeSVG) or PNG: a line per group over time,
 * with axes, tick labels, axis labels, a title naming the query and filters, and a legend. With
 * {@code --normalize} it plots shares. In an SVG, each line sits in a {@code <g
 * class="trend-series" data-series="NAME">} element. Works headless. Not thread-safe.
 */
final class TrendChart {

  static final int DEFAULT_WIDTH = 1000;
  static final int DEFAULT_HEIGHT = 560;

  /** The class of the SVG group that holds one series' line. */
  static final String SERIES_CLASS = "trend-series";

  private static final int MIN_SIZE = 200;
  private static final int MAX_SIZE = 8000;

  private static final Color[] PALETTE = {
    new Color(0x1f77b4),
    new Color(0xd62728),
    new Color(0x2ca02c),
    new Color(0xff7f0e),
    new Color(0x9467bd),
    new Color(0x8c564b),
    new Color(0xe377c2),
    new Color(0x7f7f7f),
    new Color(0xbcbd22),
    new Color(0x17becf)
  };

  private final int width;
  private final int height;

  /**
   * A chart of this size in pixels.
   *
   * @throws IllegalArgumentException naming {@code --width} or {@code --height} if out of range
   */
  TrendChart(int width, int height) {
    this.width = check("--width", width);
    this.height = check("--height", height);
  }

  private static int check(String option, int value) {
    if (value < MIN_SIZE || value > MAX_SIZE) {
      throw new IllegalArgumentException(
          option + " must be in " + MIN_SIZE + ".." + MAX_SIZE + ", got " + value);
    }
    return value;
  }

  /** Writes the chart as an SVG document. */
  void writeSvg(TrendResult result, Path file) throws IOException {
    Files.writeString(file, svg(result), StandardCharsets.UTF_8);
  }

  /** The chart as an SVG document. */
  String svg(TrendResult result) {
    JFreeChart chart = chart(result);
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    chart.draw(g, new Rectangle(0, 0, width, height));
    // The element alone, without a DOCTYPE, so that no parser fetches the SVG DTD.
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement() + "\n";
  }

  /** Writes the chart as a PNG image. */
  void writePng(TrendResult result, Path file) throws IOException {
    ChartUtils.saveChartAsPNG(file.toFile(), chart(result), width, height);
  }

  /** The chart of a trend. */
  JFreeChart chart(TrendResult result) {
    headless();
    boolean normalized = result.request().normalize();
    TimeSeriesCollection data = new TimeSeriesCollection();
    List<String> groups = new ArrayList<>();
    if (result.groupBy().isPresent()) {
      result.groups().forEach(g -> groups.add(g.value()));
    } else {
      groups.add(null);
    }
    boolean yearOnlyLeftOut = false;
    for (String group : groups) {
      TimeSeries series = new TimeSeries(group == null ? TrendPrinter.quoted(result) : group);
      for (TrendRow row : result.rows(group)) {
        if (row.yearOnly()) {
          yearOnlyLeftOut |= row.total() > 0;
          continue;
        }
        series.add(period(result.by(), row), normalized ? row.share() : row.count());
      }
      data.addSeries(series);
    }

    DateAxis time = new DateAxis(result.by().label());
    time.setDateFormatOverride(
        new SimpleDateFormat(result.by() == FacetField.YEAR ? "yyyy" : "MMM yyyy", Locale.ROOT));
    time.setStandardTickUnits(tickUnits(result.by()));
    time.setLowerMargin(0.01);
    time.setUpperMargin(0.01);
    NumberAxis values = new NumberAxis(valueLabel(result));
    values.setAutoRangeIncludesZero(true);
    if (normalized) {
      NumberFormat percent = NumberFormat.getPercentInstance(Locale.ROOT);
      percent.setMaximumFractionDigits(1);
      values.setNumberFormatOverride(percent);
    } else {
      values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    }

    SeriesRenderer renderer = new SeriesRenderer(data);
    for (int i = 0; i < groups.size(); i++) {
      renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
      renderer.setSeriesStroke(
          i, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      renderer.setSeriesShape(i, new Ellipse2D.Double(-3, -3, 6, 6));
    }
    renderer.setDefaultShapesVisible(groups.isEmpty() || result.rows(groups.get(0)).size() <= 36);

    XYPlot plot = new XYPlot(data, time, values, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdddddd));
    plot.setRangeGridlinePaint(new Color(0xdddddd));
    plot.setOutlineVisible(false);
    plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));

    JFreeChart chart =
        new JFreeChart(title(result), new Font("SansSerif", Font.BOLD, 18), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(8, 8, 8, 16));
    String subtitle = subtitle(result, yearOnlyLeftOut);
    if (!subtitle.isEmpty()) {
      chart.addSubtitle(0, new TextTitle(subtitle, new Font("SansSerif", Font.PLAIN, 13)));
    }
    LegendTitle legend = chart.getLegend();
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setFrame(BlockBorder.NONE);
    legend.setItemFont(new Font("SansSerif", Font.PLAIN, 13));
    return chart;
  }

  private static void headless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** Whole years (or months) only, so that no two ticks carry the same label. */
  private static TickUnits tickUnits(FacetField by) {
    TickUnits units = new TickUnits();
    if (by == FacetField.MONTH) {
      for (int months : new int[] {1, 2, 3, 4, 6}) {
        units.add(new DateTickUnit(DateTickUnitType.MONTH, months));
      }
    }
    for (int years : new int[] {1, 2, 5, 10, 20, 25, 50, 100}) {
      units.add(new DateTickUnit(DateTickUnitType.YEAR, years));
    }
    return units;
  }

  private static RegularTimePeriod period(FacetField by, TrendRow row) {
    return by == FacetField.YEAR
        ? new Year(row.start().getYear())
        : new Month(row.start().getMonthValue(), row.start().getYear());
  }

  private static String title(TrendResult result) {
    String title = TrendPrinter.quoted(result) + " by " + result.by().label();
    return result
        .groupBy()
        .map(g -> title + ", top " + result.groups().size() + " by " + g.label())
        .orElse(title);
  }

  private static String subtitle(TrendResult result, boolean yearOnlyLeftOut) {
    List<String> parts = new ArrayList<>();
    String filters = TrendPrinter.describe(result.request().filter());
    if (!filters.isEmpty()) {
      parts.add(filters);
    }
    if (yearOnlyLeftOut) {
      parts.add("releases dated to the year only are not plotted");
    }
    return String.join(" · ", parts);
  }

  private static String valueLabel(TrendResult result) {
    boolean normalized = result.request().normalize();
    if (result.countOf() == TrendCount.OCCURRENCES) {
      return normalized ? "occurrences per release" : "occurrences in release bodies";
    }
    return normalized ? "share of all releases" : "matching releases";
  }

  /**
   * Draws each series' line as one path, inside a group element that names it (JFreeSVG turns the
   * element hint into {@code <g class="trend-series" data-series="…">}; other targets ignore it).
   */
  private static final class SeriesRenderer extends XYLineAndShapeRenderer {
    private static final long serialVersionUID = 1L;

    private final transient TimeSeriesCollection data;

    SeriesRenderer(TimeSeriesCollection data) {
      super(true, true);
      this.data = data;
      setDrawSeriesLineAsPath(true);
    }

    @Override
    protected void drawFirstPassShape(Graphics2D g2, int pass, int series, int item, Shape shape) {
      g2.setRenderingHint(
          ChartHints.KEY_BEGIN_ELEMENT,
          Map.of(
              "class",
              SERIES_CLASS,
              "data-series",
              String.valueOf(data.getSeriesKey(series)),
              "data-points",
              String.valueOf(data.getItemCount(series))));
      super.drawFirstPassShape(g2, pass, series, item, shape);
      g2.setRenderingHint(ChartHints.KEY_END_ELEMENT, Boolean.TRUE);
    }
  }
}
