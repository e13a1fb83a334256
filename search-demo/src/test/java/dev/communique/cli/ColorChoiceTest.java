package dev.communique.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.communique.cli.ColorChoice.Mode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorChoiceTest {

  private static boolean colour(Mode mode, Map<String, String> env, boolean console) {
    return new ColorChoice(mode, env, console).colour();
  }

  @Test
  void autoColoursOnlyAConsoleWithoutNoColorOrADumbTerminal() {
    assertThat(colour(Mode.AUTO, Map.of("TERM", "xterm-256color"), true)).isTrue();
    assertThat(colour(Mode.AUTO, Map.of(), false)).isFalse();
    assertThat(colour(Mode.AUTO, Map.of("NO_COLOR", "1"), true)).isFalse();
    assertThat(colour(Mode.AUTO, Map.of("NO_COLOR", "false"), true)).isFalse();
    assertThat(colour(Mode.AUTO, Map.of("NO_COLOR", ""), true)).isTrue();
    assertThat(colour(Mode.AUTO, Map.of("TERM", "dumb"), true)).isFalse();
  }

  @Test
  void alwaysAndNeverOverrideTheEnvironment() {
    assertThat(colour(Mode.ALWAYS, Map.of("NO_COLOR", "1", "TERM", "dumb"), false)).isTrue();
    assertThat(colour(Mode.NEVER, Map.of("TERM", "xterm"), true)).isFalse();
  }

  @Test
  void modesParseCaseInsensitivelyAndNameTheChoices() {
    ColorChoice.ModeConverter converter = new ColorChoice.ModeConverter();
    assertThat(converter.convert("Always")).isEqualTo(Mode.ALWAYS);
    assertThat(converter.convert("never")).isEqualTo(Mode.NEVER);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> converter.convert("sometimes"))
        .hasMessage("expected auto, always or never, not 'sometimes'");
  }
}
