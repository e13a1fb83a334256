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
 * <p>A line that names the kind of document above the headline ("Public Notice", "STATEMENT BY THE
 * SPOKESPERSON") is its kicker, not its title. An upper-case name alone above a headline ("GREEN
 * HORIZON RELIEF") is the organisation. An embargo or release line with a date gives the dateline
 * when no other line does.
 *
 * @param title the headline, or {@code null} when the release has none
 * @param organization the issuing unit or organisation line, or {@code null}
 * @param dateline the dateline line, or {@code null}
 * @param boilerplateDate the date an embargo or release line gives ("3 September 2024"), or {@code
 *     null}; a release whose body opens without a date is dated by it
 * @param kicker the line naming the kind of document above the headline, or {@code null}
 * @param bodyStart the index of the block where the body starts
 */
record ReleaseHeader(
    String title,
    String organization,
    String dateline,
    String boilerplateDate,
    String kicker,
    int bodyStart) {

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
    String datedBoilerplate = null;
    String kicker = null;
    int index = 0;
    for (; index < blocks.size(); index++) {
      List<String> rest = new ArrayList<>();
      boolean boilerplate = false;
      boolean contact = false;
      boolean restBeforeBoilerplate = false;
      boolean issuerBlock = false;
      List<String> block = blocks.get(index);
      boolean headingNext = headingFollows(blocks, index + 1, rules);
      for (int at = 0; at < block.size(); at++) {
        String line = block.get(at);
        boolean lastOfHeader = at == block.size() - 1 && !headingNext;
        restBeforeBoilerplate |= !boilerplate && !rest.isEmpty();
        if (contact) {
          continue;
        }
        String remainder = rules.boilerplateRemainder(line);
        if (remainder != null && (remainder.isEmpty() || rules.isReference(remainder))) {
          boilerplate = true;
          if (datedBoilerplate == null) {
            datedBoilerplate = DatelineLine.dateIn(line); // "Embargoed until …, 3 September 2024"
          }
        } else if (issuerBlock
            && rest.isEmpty()
            && !lastOfHeader
            && isShouted(line)
            && isOrganization(line)) {
          continue; // the issuer's country beneath its name ("REPUBLIC OF KESTRIA")
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
          issuerBlock = true;
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
      if (organization != null && rest.size() == 1 && rest.get(0).equalsIgnoreCase(organization)) {
        continue; // the issuer's name again
      }
      if (title == null && headingNext && isHeading(rest)) {
        String line = String.join(" ", rest);
        if (rules.isDocumentKind(line)) {
          kicker = kicker == null ? line : kicker;
          continue;
        }
        if (organization == null && rest.size() == 1 && isShouted(line) && isOrganization(line)) {
          organization = line; // "GREEN HORIZON RELIEF" above its headline
          continue;
        }
      }
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
    return new ReleaseHeader(title, organization, dateline, datedBoilerplate, kicker, index);
  }

  /**
   * Whether a heading comes next, before the body: the next block that is not a dateline or
   * boilerplate is heading-like and is not the last block.
   */
  private static boolean headingFollows(List<List<String>> blocks, int from, PlainTextRules rules) {
    for (int i = from; i < blocks.size() - 1; i++) {
      List<String> block = blocks.get(i);
      boolean header =
          block.stream()
              .allMatch(
                  line ->
                      DatelineLine.isDatelineOnly(line)
                          || rules.boilerplateRemainder(line) != null
                          || rules.isReference(line));
      if (!header) {
        return isHeading(block) && !isShouted(String.join(" ", block));
      }
    }
    return false;
  }

  /** Written in capitals: letters, none of them lower case. */
  private static boolean isShouted(String line) {
    return line.chars().anyMatch(Character::isLetter)
        && line.chars().noneMatch(Character::isLowerCase);
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
