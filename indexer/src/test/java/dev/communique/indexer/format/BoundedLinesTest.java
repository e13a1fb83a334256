package dev.communique.indexer.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLinesTest {

  private static List<String> read(String text, int max) throws IOException {
    BoundedLines lines = new BoundedLines(new StringReader(text), max);
    List<String> out = new ArrayList<>();
    while (lines.advance()) {
      out.add(
          lines.number() + ":" + (lines.tooLong() ? "TOO LONG " + lines.length() : lines.text()));
    }
    return out;
  }

  @Test
  void readsLinesWithTheirNumbersAndDropsCarriageReturns() throws IOException {
    assertThat(read("one\r\ntwo\n\nthree", 10)).containsExactly("1:one", "2:two", "3:", "4:three");
    assertThat(read("", 10)).isEmpty();
    assertThat(read("last\n", 10)).containsExactly("1:last");
    assertThat(read("mac\rold\r\rend", 10)).containsExactly("1:mac", "2:old", "3:", "4:end");
    assertThat(read("exact\r\n", 5)).containsExactly("1:exact");
  }

  @Test
  void aLineOverTheLimitIsCountedInFullButNotKept() throws IOException {
    String longLine = "x".repeat(200_000);
    assertThat(read("short\n" + longLine + "\nafter\n", 1000))
        .containsExactly("1:short", "2:TOO LONG 200000", "3:after");
    assertThat(read("exactly\n", 7)).containsExactly("1:exactly");
    assertThat(read("eightch\n", 6)).containsExactly("1:TOO LONG 7");
  }

  @Test
  void aCarriageReturnAndNewlineSplitAcrossReadsEndOneLine() throws IOException {
    String text = "a".repeat(4095) + "\r\nnext\n";
    assertThat(read(text, 5000)).containsExactly("1:" + "a".repeat(4095), "2:next");
  }

  @Test
  void theTextOfATooLongLineIsRefused() throws IOException {
    BoundedLines lines = new BoundedLines(new StringReader("abcdef"), 3);
    assertThat(lines.advance()).isTrue();
    assertThat(lines.tooLong()).isTrue();
    assertThatThrownBy(lines::text).hasMessage("line 1 is too long to keep");
    assertThat(lines.advance()).isFalse();
  }
}
