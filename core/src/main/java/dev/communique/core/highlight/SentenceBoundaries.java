package dev.communique.core.highlight;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's sentence boundaries, found in one forward pass when the text is set and then answered
 * by binary search. The highlighter asks for the sentence around every match, and the JDK's rule
 * iterator answers each {@code preceding}/{@code following} by rescanning the text around the
 * position, which on a long transcript with many matches costs far more than one pass. The
 * boundaries, and so the snippets, are exactly the JDK's.
 *
 * <p>Not thread-safe, like every {@link BreakIterator}.
 */
final class SentenceBoundaries extends BreakIterator {

  private final BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
  private CharacterIterator text = new StringCharacterIterator("");
  private int[] boundaries = {0};
  private int count = 1;
  private int index;

  @Override
  public void setText(String newText) {
    setText(new StringCharacterIterator(newText));
  }

  @Override
  public void setText(CharacterIterator newText) {
    text = newText;
    sentences.setText(newText);
    int[] found = new int[16];
    int size = 0;
    for (int at = sentences.first(); at != DONE; at = sentences.next()) {
      if (size == found.length) {
        found = Arrays.copyOf(found, size * 2);
      }
      found[size++] = at;
    }
    boundaries = found;
    count = size;
    index = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int first() {
    index = 0;
    return boundaries[0];
  }

  @Override
  public int last() {
    index = count - 1;
    return boundaries[index];
  }

  @Override
  public int next(int n) {
    int target = index + n;
    if (target < 0 || target >= count) {
      index = target < 0 ? 0 : count - 1;
      return DONE;
    }
    index = target;
    return boundaries[index];
  }

  @Override
  public int next() {
    return next(1);
  }

  @Override
  public int previous() {
    return next(-1);
  }

  @Override
  public int current() {
    return boundaries[index];
  }

  @Override
  public int following(int offset) {
    checkOffset(offset);
    int at = Arrays.binarySearch(boundaries, 0, count, offset);
    int next = at >= 0 ? at + 1 : -at - 1;
    if (next >= count) {
      index = count - 1;
      return DONE;
    }
    index = next;
    return boundaries[index];
  }

  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    int at = Arrays.binarySearch(boundaries, 0, count, offset);
    int before = at >= 0 ? at - 1 : -at - 2;
    if (before < 0) {
      index = 0;
      return DONE;
    }
    index = before;
    return boundaries[index];
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    int at = Arrays.binarySearch(boundaries, 0, count, offset);
    if (at >= 0) {
      index = at;
      return true;
    }
    following(offset);
    return false;
  }

  private void checkOffset(int offset) {
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds: " + offset);
    }
  }
}
