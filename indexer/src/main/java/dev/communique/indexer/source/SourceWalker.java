package dev.communique.indexer.source;

import dev.communique.indexer.Skip;
import dev.communique.indexer.format.Formats;
import dev.communique.indexer.format.SourceFile;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the release files under the paths given: files are taken as they are, folders are walked
 * recursively (without following links to folders, so a link loop cannot trap it). Hidden files,
 * READMEs, licences and files of no release format are reported as ignored. Each file gets a stable
 * id: the indexed folder's name, then the path below it without its extension. Stateless and
 * thread-safe.
 */
public final class SourceWalker {

  /** Why a pipe, socket or device is not read: opening one could wait for ever. */
  private static final String NOT_REGULAR =
      "not a regular file (a pipe, socket or device); not read";

  /**
   * What a walk found.
   *
   * @param files release files, sorted by path
   * @param ignored files that are not releases
   * @param skipped paths that could not be read
   */
  public record Found(List<SourceFile> files, List<Skip> ignored, List<Skip> skipped) {}

  private final Formats formats;

  /** A walker that recognises the given formats. */
  public SourceWalker(Formats formats) {
    this.formats = formats;
  }

  /** Walks the paths in order. */
  public Found walk(List<Path> roots) {
    List<SourceFile> files = new ArrayList<>();
    List<Skip> ignored = new ArrayList<>();
    List<Skip> skipped = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        skipped.add(new Skip(root.toString(), "no such file or directory"));
      } else if (Files.isDirectory(root)) {
        walkFolder(root, files, ignored, skipped);
      } else if (!Files.isRegularFile(root)) {
        skipped.add(new Skip(root.toString(), NOT_REGULAR));
      } else {
        String name = root.getFileName().toString();
        if (formats.forFile(name).isEmpty()) {
          skipped.add(new Skip(root.toString(), "not a release format (" + extension(name) + ")"));
        } else {
          Path parent = root.toAbsolutePath().normalize().getParent();
          String folder =
              parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
          files.add(new SourceFile(root, SourceFile.id(folder, name)));
        }
      }
    }
    files.sort(Comparator.comparing(f -> f.path().toString()));
    return new Found(onePerFile(files, ignored), ignored, skipped);
  }

  /**
   * Keeps the first route to each file: a file reached twice (through a parent folder and a
   * subfolder, or through a link) is read once, and the other routes are reported as ignored.
   */
  private static List<SourceFile> onePerFile(List<SourceFile> files, List<Skip> ignored) {
    Map<String, SourceFile> byRealPath = new LinkedHashMap<>();
    for (SourceFile file : files) {
      SourceFile first = byRealPath.putIfAbsent(file.indexedPath(), file);
      if (first != null) {
        ignored.add(new Skip(file.display(), "the same file as " + first.display()));
      }
    }
    return new ArrayList<>(byRealPath.values());
  }

  private void walkFolder(
      Path root, List<SourceFile> files, List<Skip> ignored, List<Skip> skipped) {
    Path absolute = root.toAbsolutePath().normalize();
    String rootName = absolute.getFileName() == null ? "root" : absolute.getFileName().toString();
    Path start = root;
    try {
      if (Files.isSymbolicLink(root)) {
        start = root.toRealPath(); // a link to a folder is walked as the folder it names
      }
    } catch (IOException e) {
      skipped.add(new Skip(root.toString(), "cannot follow the link: " + e.getMessage()));
      return;
    }
    Path walked = start;
    Path realRoot;
    try {
      realRoot = start.toRealPath();
    } catch (IOException e) {
      skipped.add(new Skip(root.toString(), "cannot resolve the folder: " + e.getMessage()));
      return;
    }
    try {
      Files.walkFileTree(
          walked,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(walked) && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (attrs.isSymbolicLink() && !Files.isRegularFile(file)) {
                ignored.add(new Skip(file.toString(), "link to a folder or to nothing"));
              } else if (attrs.isSymbolicLink() && !inside(file, realRoot)) {
                skipped.add(
                    new Skip(
                        file.toString(),
                        "a link to a file outside the indexed folder; index that file's folder"
                            + " itself to include it"));
              } else if (name.startsWith(".")) {
                return FileVisitResult.CONTINUE;
              } else if (!attrs.isRegularFile() && !attrs.isSymbolicLink()) {
                ignored.add(new Skip(file.toString(), NOT_REGULAR));
              } else if (isDocumentation(name)) {
                ignored.add(new Skip(file.toString(), "documentation, not a release"));
              } else if (formats.forFile(name).isEmpty()) {
                ignored.add(
                    new Skip(file.toString(), "not a release format (" + extension(name) + ")"));
              } else {
                Path below = walked.relativize(file);
                String relative = below.toString().replace('\\', '/');
                files.add(new SourceFile(root.resolve(below), SourceFile.id(rootName, relative)));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              skipped.add(
                  new Skip(file.toString(), "cannot read: " + e.getClass().getSimpleName()));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      skipped.add(new Skip(root.toString(), "cannot walk: " + e.getMessage()));
    }
  }

  /** Whether the link {@code file} leads to a file inside {@code realRoot}. */
  private static boolean inside(Path file, Path realRoot) {
    try {
      return file.toRealPath().startsWith(realRoot);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isDocumentation(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("readme")
        || lower.startsWith("license")
        || lower.startsWith("licence")
        || lower.startsWith("changelog");
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "no extension" : name.substring(dot);
  }
}
