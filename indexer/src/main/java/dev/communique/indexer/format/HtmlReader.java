package dev.communique.indexer.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reads a release published as an HTML page. The title comes from {@code <meta
 * property="og:title">}, else the first {@code <h1>}, else {@code <title>}; the date from {@code
 * article:published_time}, {@code <meta name="date">}, {@code <meta name="dcterms.date">} or the
 * first {@code <time datetime>} (the first that parses; an unparseable one is ignored and the
 * extractor looks in the text); the organisation from {@code og:site_name}, else {@code <meta
 * name="author">}; the source from {@code <link rel="canonical">}, else {@code og:url}, else the
 * file path. The body is the main text, from {@code <main>}, {@code <article>} or {@code
 * [role=main]}, else {@code <body>}, without navigation, headers, footers, scripts, forms, share
 * and cookie boxes, with one blank line between block elements and a republisher's footer removed.
 *
 * <p>Stateless and thread-safe: one instance reads many files at once.
 */
public final class HtmlReader implements FormatReader {

  /** Page furniture that is never part of the release text. */
  private static final String FURNITURE =
      String.join(
          ", ",
          "nav",
          "header",
          "footer",
          "aside",
          "script",
          "style",
          "noscript",
          "template",
          "form",
          "iframe",
          "svg",
          "button",
          "[hidden]",
          "[aria-hidden=true]",
          "[role=navigation]",
          "[role=banner]",
          "[role=contentinfo]",
          "[role=search]",
          ".nav",
          ".navbar",
          ".menu",
          ".footer",
          ".breadcrumb",
          ".breadcrumbs",
          ".share",
          ".sharing",
          ".social-share",
          ".cookie",
          ".cookies",
          ".cookie-banner",
          ".cookie-notice",
          ".skip-link");

  /** Where the main text is, best first. */
  private static final List<String> MAIN_TEXT = List.of("main", "article", "[role=main]");

  private static final List<String> DATES =
      List.of(
          "meta[property=article:published_time]",
          "meta[name=date]",
          "meta[name=dcterms.date]",
          "meta[name=DC.date]");

  /** Creates a reader. */
  public HtmlReader() {}

  @Override
  public void read(SourceFile file, ReleaseSink sink) throws IOException, SourceException {
    String display = file.display();
    Document page = Jsoup.parse(TextFiles.read(file.path()));
    String title =
        firstNonBlank(
            meta(page, "meta[property=og:title], meta[name=og:title]"),
            text(page.selectFirst("h1")),
            oneLine(page.title()));
    String source =
        firstNonBlank(
            attribute(page.selectFirst("link[rel=canonical]"), "href"),
            meta(page, "meta[property=og:url]"),
            display);
    RawRelease.Builder release =
        RawRelease.builder(file.id(), source)
            .path(file.indexedPath())
            .location(display)
            .fileName(file.fileName())
            .title(title)
            .organization(
                firstNonBlank(
                    meta(page, "meta[property=og:site_name]"), meta(page, "meta[name=author]")));
    statedDate(page, release);

    page.select(FURNITURE).remove();
    Element main = mainText(page);
    Element heading = main.selectFirst("h1");
    if (heading != null && title != null && title.equals(text(heading))) {
      heading.remove();
    }
    String body = RepublisherFooter.strip(HtmlText.of(main));
    if (body.isBlank() && (title == null || title.isBlank())) {
      throw new SourceException(display, "no text in the page: no title and no body");
    }
    sink.accept(release.body(body).build());
  }

  /** The first stated date that parses, with its precision. */
  private static void statedDate(Document page, RawRelease.Builder release) {
    List<String> candidates = new ArrayList<>();
    for (String query : DATES) {
      candidates.add(meta(page, query));
    }
    for (Element time : page.select("time[datetime]")) {
      candidates.add(oneLine(time.attr("datetime")));
    }
    for (String candidate : candidates) {
      if (candidate == null) {
        continue;
      }
      try {
        StatedDate.parse(candidate).applyTo(release);
        return;
      } catch (IllegalArgumentException e) {
        // not a real date; try the next candidate
      }
    }
  }

  /** The first main-text element with text, else the body. */
  private static Element mainText(Document page) {
    for (String query : MAIN_TEXT) {
      Element candidate = page.selectFirst(query);
      if (candidate != null && !candidate.text().isBlank()) {
        return candidate;
      }
    }
    return page.body();
  }

  private static String meta(Document page, String query) {
    return attribute(page.selectFirst(query), "content");
  }

  private static String attribute(Element element, String name) {
    return element == null ? null : oneLine(element.attr(name));
  }

  private static String text(Element element) {
    return element == null ? null : oneLine(element.text());
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /** The text on one line, non-breaking spaces made ordinary; null if blank. */
  private static String oneLine(String text) {
    if (text == null) {
      return null;
    }
    String line = HtmlText.tidy(text);
    return line.isEmpty() ? null : line;
  }

  /**
   * Collects an element's text as paragraphs: one per block element, {@code <br>} as a line break,
   * table cells apart by a space, whitespace collapsed except inside {@code <pre>}. Not
   * thread-safe; one instance per element.
   */
  static final class HtmlText implements NodeVisitor {
    private static final Set<String> BLOCKS = HtmlBlocks.NAMES;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private HtmlText() {}

    /** The text of {@code root}, paragraphs separated by a blank line. */
    static String of(Element root) {
      HtmlText text = new HtmlText();
      NodeTraversor.traverse(text, root);
      text.flush();
      return String.join("\n\n", text.paragraphs);
    }

    /** Whitespace runs, non-breaking spaces included, collapsed to one space; stripped. */
    static String tidy(String text) {
      return SPACES.matcher(text).replaceAll(" ").strip();
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode text) {
        current.append(
            inPre(text)
                ? text.getWholeText()
                : SPACES.matcher(text.getWholeText()).replaceAll(" "));
      } else if (node instanceof Element element) {
        String name = element.normalName();
        if (name.equals("br")) {
          current.append('\n');
        } else if (name.equals("td") || name.equals("th")) {
          current.append(' ');
        } else if (BLOCKS.contains(name)) {
          flush();
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element element) {
        String name = element.normalName();
        if (name.equals("td") || name.equals("th")) {
          current.append(' ');
        } else if (BLOCKS.contains(name)) {
          flush();
        }
      }
    }

    private void flush() {
      List<String> lines = new ArrayList<>();
      for (String line : current.toString().split("\n")) {
        String tidy = tidy(line);
        if (!tidy.isEmpty()) {
          lines.add(tidy);
        }
      }
      if (!lines.isEmpty()) {
        paragraphs.add(String.join("\n", lines));
      }
      current.setLength(0);
    }

    private static boolean inPre(TextNode text) {
      for (Node parent = text.parent(); parent != null; parent = parent.parent()) {
        if (parent instanceof Element element && element.normalName().equals("pre")) {
          return true;
        }
      }
      return false;
    }
  }
}
