package dev.communique.cli;

import dev.communique.core.index.CommuniqueBackend;
import java.io.IOException;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The error for an id the index does not have, with the closest id it does have: "no communiqué
 * with id 'X'; did you mean Y?". Stateless.
 */
final class UnknownId {

  private UnknownId() {}

  static NoSuchElementException of(CommuniqueBackend index, String id) {
    List<String> close;
    try {
      close = index.similarIds(id, 1);
    } catch (IOException e) {
      close = List.of();
    }
    return new NoSuchElementException(
        "no communiqué with id '"
            + id
            + "'"
            + (close.isEmpty() ? "" : "; did you mean " + close.get(0) + "?"));
  }
}
