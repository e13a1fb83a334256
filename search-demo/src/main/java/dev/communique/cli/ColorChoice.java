package dev.communique.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Decides whether output is coloured, from {@code --color}, the environment and whether standard
 * output is a console. In {@code auto} mode a non-empty {@code NO_COLOR} (see no-color.org) or
 * {@code TERM=dumb} turns colour off, and otherwise colour needs a console; {@code always} and
 * {@code never} decide alone. Immutable.
 */
final class ColorChoice {

  /** The values of {@code --color}. */
  enum Mode {
    AUTO,
    ALWAYS,
    NEVER;

    /** The option value as users type it. */
    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Mode mode;
  private final Map<String, String> environment;
  private final boolean console;

  /**
   * @param mode the {@code --color} value
   * @param environment the environment variables to read {@code NO_COLOR} and {@code TERM} from
   * @param console whether standard output is an interactive console
   */
  ColorChoice(Mode mode, Map<String, String> environment, boolean console) {
    this.mode = mode;
    this.environment = Map.copyOf(environment);
    this.console = console;
  }

  /** The choice for this process: its environment and {@link System#console()}. */
  static ColorChoice ofProcess(Mode mode) {
    return new ColorChoice(mode, System.getenv(), System.console() != null);
  }

  /** Whether to colour. */
  boolean colour() {
    return switch (mode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> console && !noColorRequested() && !dumbTerminal();
    };
  }

  private boolean noColorRequested() {
    String value = environment.get("NO_COLOR");
    return value != null && !value.isEmpty();
  }

  private boolean dumbTerminal() {
    return "dumb".equals(environment.get("TERM"));
  }

  /** Reads {@code --color} values, case-insensitively, with a message listing the choices. */
  static final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
    @Override
    public Mode convert(String value) {
      for (Mode mode : Mode.values()) {
        if (mode.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
          return mode;
        }
      }
      throw new CommandLine.TypeConversionException(
          "expected auto, always or never, not '" + value + "'");
    }
  }

  /** The values {@code --color} offers for completion and help. */
  static final class ModeNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(Mode.values()).map(Mode::label).iterator();
    }
  }
}
