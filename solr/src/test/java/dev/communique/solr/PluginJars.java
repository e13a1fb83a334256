package dev.communique.solr;

import dev.communique.core.schema.CommuniqueSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Test material for the plugin package: the plugin jar assembled from the classes the tests run
 * (the build shades the same classes into it, but only after the tests), and RSA key pairs written
 * as an operator's openssl would write them. Stateless.
 */
final class PluginJars {

  private PluginJars() {}

  /** A jar of the solr module's and core's classes, as the plugin jar holds them. */
  static Path plugin(Path dir) throws IOException {
    Path jar = dir.resolve("communique-solr-test-plugin.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (Class<?> from : List.of(SolrProvider.class, CommuniqueSchema.class)) {
        copy(codeSource(from), out);
      }
    }
    return jar;
  }

  /** A jar without the plugin's classes. */
  static Path other(Path dir) throws IOException {
    Path jar = dir.resolve("other.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("README.txt"));
      out.write("not a plugin".getBytes(StandardCharsets.UTF_8));
      out.closeEntry();
    }
    return jar;
  }

  /** A new 2048-bit RSA key pair. */
  static KeyPair keyPair() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The private half as PKCS#8 PEM, as {@code openssl genpkey} writes it. */
  static Path privatePem(KeyPair keys, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
      out.write("-----BEGIN PRIVATE KEY-----\n");
      out.write(
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(keys.getPrivate().getEncoded()));
      out.write("\n-----END PRIVATE KEY-----\n");
    }
    return file;
  }

  /** The public half as DER, as {@code openssl pkey -pubout -outform DER} writes it. */
  static byte[] publicDer(KeyPair keys) {
    return keys.getPublic().getEncoded();
  }

  /**
   * The class path of this test run without the plugin's classes (this module's and core's): what a
   * Solr node has before the package is installed.
   */
  static String classPathWithoutPlugin() {
    String all =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<Path> plugin = List.of(codeSource(SolrProvider.class), codeSource(CommuniqueSchema.class));
    return Stream.of(all.split(java.io.File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .filter(entry -> !plugin.contains(Path.of(entry).toAbsolutePath().normalize()))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  private static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toAbsolutePath()
          .normalize();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void copy(Path source, JarOutputStream out) throws IOException {
    if (Files.isDirectory(source)) {
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          String name = source.relativize(file).toString().replace('\\', '/');
          out.putNextEntry(new JarEntry(name));
          Files.copy(file, out);
          out.closeEntry();
        }
      }
      return;
    }
    try (JarFile jar = new JarFile(source.toFile())) {
      jar.stream()
          .filter(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/MANIFEST"))
          .forEach(
              e -> {
                try (InputStream in = jar.getInputStream(e)) {
                  out.putNextEntry(new JarEntry(e.getName()));
                  in.transferTo(out);
                  out.closeEntry();
                } catch (IOException ex) {
                  throw new UncheckedIOException(ex);
                }
              });
    }
  }
}
