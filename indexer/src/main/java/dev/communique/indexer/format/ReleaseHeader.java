package dev.communique.indexer.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The head of a plain-text release: boilerplate ("FOR IMMEDIATE RELEASE", "Embargoed until …"),
 * reference numbers and contact blocks are dropped; a dateline alone on its line is kept as the
 * dateline; a short line in the same block as boilerplate is the issuing unit; a line written like
 * an issuer's name ({@link PlainTextRules#isIssuer}) before the headline is the organisation, and a
 * second such line its unit, dropped; a heading-like block is the title, and a short one after it
 * the issuing organisation. The body starts at the first block that is none of these. Immutable.
 *
 * @param title the headline, or {@code null} when the release has none
 * @param organization the issuing unit or organisation line, or {@code null}
 * @param dateline the dateline line, or {@code null}
 * @param bodyStart the index of the block where the body starts
 */
record ReleaseHeader(String title, String organization, String dateline, int bodyStart) {

  /** A title is at most this long, and each of its lines at most {@link #MAX_HEADING_LINE}. */
  private static final int MAX_TITLE = 250;

  private static final int MAX_HEADING_LINE = 160;
  private static final int MAX_HEADING_LINES = 3;

  /** An organisation line is short and is not a sentence. */
  private static final int MAX_ORGANIZATION = 80;

  private static final int MAX_ORGANIZATION_WORDS = 10;

  /**
   * Reads the header from the release's blocks (paragraphs split at blank lines, each a list of
   * stripped lines).
   */
  static ReleaseHeader parse(List<List<String>> blocks, PlainTextRules rules) {
    String title = null;
    String organization = null;
    String dateline = null;
    int index = 0;
    for (; index < blocks.size(); index++) {
      List<String> rest = new ArrayList<>();
      boolean boilerplate = false;
      boolean contact = false;
      boolean restBeforeBoilerplate = false;
      for (String line : blocks.get(index)) {
        restBeforeBoilerplate |= !boilerplate && !rest.isEmpty();
        if (contact) {
          continue;
        }
        String remainder = rules.boilerplateRemainder(line);
        if (remainder != null && (remainder.isEmpty() || rules.isReference(remainder))) {
          boilerplate = true;
        } else if (remainder != null && DatelineLine.isDatelineOnly(remainder)) {
          boilerplate = true;
          dateline = dateline == null ? remainder : dateline;
        } else if (rest.isEmpty() && dateline == null && DatelineLine.isDatelineOnly(line)) {
          dateline = line;
        } else if (rules.isReference(line)) {
          boilerplate = true;
        } else if (rules.opensContactBlock(line)) {
          contact = true;
        } else if (boilerplate && rest.isEmpty() && isOrganization(line)) {
          // an issuing unit beside the boilerplate; a second one is its sub-unit
          organization = organization == null ? line : organization;
        } else if (title == null && rest.isEmpty() && rules.isIssuer(line)) {
          // the issuing body ("Ministry of …", "… Agency"); a second such line is its unit
          organization = organization == null ? line : organization;
        } else {
          rest.add(line);
        }
      }
      if (boilerplate
          && restBeforeBoilerplate
          && organization == null
          && rest.size() == 1
          && isOrganization(rest.get(0))) {
        // the issuer's name above the boilerplate of its block ("NATO" over "Press Release …")
        organization = rest.remove(0);
      }
      if (rest.isEmpty()) {
        continue;
      }
      boolean more = index + 1 < blocks.size();
      if (title == null && organization == null && isHeading(rest)) {
        title = String.join(" ", rest);
      } else if (title != null
          && organization == null
          && rest.size() == 1
          && more
          && isOrganization(rest.get(0))) {
        organization = rest.get(0);
      } else if (title == null && isHeading(rest) && more) {
        title = String.join(" ", rest);
      } else {
        if (rest.size() < blocks.get(index).size()) {
          blocks.set(index, rest); // the body starts with what is left of this block
        }
        break;
      }
    }
    return new ReleaseHeader(title, organization, dateline, index);
  }

  private static boolean isHeading(List<String> lines) {
    if (lines.size() > MAX_HEADING_LINES) {
      return false;
    }
    int length = 0;
    for (String line : lines) {
      if (line.length() > MAX_HEADING_LINE) {
        return false;
      }
      length += line.length() + 1;
    }
    String last = lines.get(lines.size() - 1);
    char end = last.charAt(last.length() - 1);
    return length <= MAX_TITLE && ".,;:".indexOf(end) < 0 && !startsLower(lines.get(0));
  }

  private static boolean isOrganization(String line) {
    return line.length() <= MAX_ORGANIZATION
        && line.split("\\s+").length <= MAX_ORGANIZATION_WORDS
        && !line.endsWith(".")
        && !line.endsWith(",")
        && !Character.isDigit(line.charAt(0))
        && !startsLower(line)
        && !DatelineLine.containsDate(line);
  }

  private static boolean startsLower(String line) {
    return Character.isLowerCase(line.charAt(0));
  }
}
