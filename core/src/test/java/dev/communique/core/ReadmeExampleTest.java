package dev.communique.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedding example in README.md, taken from the README itself, compiled against the test
 * classpath and run; what it prints must be what the README says it prints.
 */
class ReadmeExampleTest {

  private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

  @TempDir Path dir;

  @Test
  void embeddingExampleFromTheReadmeCompilesRunsAndPrintsWhatTheReadmeSays() throws Exception {
    String section = embeddingSection();
    String source = block(section, "```java\n", 0);
    String expected = block(section, "```\n", section.indexOf("It prints:"));
    Matcher name = CLASS_NAME.matcher(source);
    assertThat(name.find()).as("a public class in the README example").isTrue();

    Path sources = Files.createDirectories(dir.resolve("src"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    Path file = Files.writeString(sources.resolve(name.group(1) + ".java"), source);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled =
        javac
            .getTask(
                diagnostics,
                null,
                null,
                List.of(
                    "-classpath", System.getProperty("java.class.path"),
                    "-d", classes.toString()),
                null,
                javac
                    .getStandardFileManager(null, null, StandardCharsets.UTF_8)
                    .getJavaFileObjects(file))
            .call();
    assertThat(compiled).as("compiles: %s", diagnostics).isTrue();

    String printed = run(classes, name.group(1), dir.resolve("index").toString());
    assertThat(printed).isEqualTo(expected);
    assertThat(printed)
        .isEqualTo(
            "Foreign Ministers conclude meetings in Brussels: [Allies approved a work programme"
                + " covering energy security and <mark>interoperability</mark>.]\n");
  }

  private static String embeddingSection() throws Exception {
    Path readme = Path.of(System.getProperty("communique.home", "..")).resolve("README.md");
    String text = Files.readString(readme).replace("\r\n", "\n");
    int start = text.indexOf("## Embedding the library");
    assertThat(start).as("README has an embedding section").isNotNegative();
    int end = text.indexOf("\n## ", start + 1);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /** The body of the first fenced block opened by {@code fence} at or after {@code from}. */
  private static String block(String text, String fence, int from) {
    assertThat(from).isNotNegative();
    int open = text.indexOf(fence, from);
    assertThat(open).as("a %s block", fence.strip()).isNotNegative();
    int start = open + fence.length();
    int close = text.indexOf("```", start);
    return text.substring(start, close);
  }

  private static String run(Path classes, String className, String indexDir) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, ReadmeExampleTest.class.getClassLoader())) {
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {indexDir});
    } finally {
      System.setOut(original);
    }
    return captured.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }
}
