package dev.communique.solr;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarInputStream;
import org.apache.solr.client.api.model.ErrorInfo;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.FileStoreApi;
import org.apache.solr.client.solrj.request.V2Request;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * The project's plugin jar as a Solr package: signed with the operator's private key, uploaded to
 * the cluster's file store and registered as a version of the package {@value #NAME}, so that a
 * configset can name the plugin's classes with the package's prefix and every node loads them
 * without a jar in its {@code lib} folder. The version is the schema's name and the start of the
 * jar's SHA-256, so the same jar is the same version and a rebuilt one is a new version beside it.
 * Immutable and thread-safe.
 */
final class PluginPackage {

  /** The package's name, and the prefix of its classes in a configset. */
  static final String NAME = "communique";

  private static final String FILE_NAME = "communique-solr-plugin.jar";
  private static final String OWN_CLASSES = "class=\"dev.communique.";

  /** A class only the plugin jar has (named, not loaded: the client has no Solr server classes). */
  private static final String PLUGIN_CLASS = "dev.communique.solr.plugin.CommuniqueQParserPlugin";

  private final byte[] jar;
  private final String version;
  private final String signature;

  private PluginPackage(byte[] jar, String version, String signature) {
    this.jar = jar;
    this.version = version;
    this.signature = signature;
  }

  /**
   * Reads the plugin jar and signs it.
   *
   * @param jar the plugin jar ({@code solr/target/communique-solr-*-plugin.jar})
   * @param privateKey an RSA private key in PKCS#8 PEM, whose public half the nodes trust
   * @throws IllegalArgumentException with a one-line reason naming the file that cannot be used
   */
  static PluginPackage read(Path jar, Path privateKey) throws IOException {
    byte[] bytes = readFile(jar, "plugin jar");
    if (!holdsPlugin(bytes)) {
      throw new IllegalArgumentException(
          jar + " is not the project's Solr plugin jar (solr/target/communique-solr-*-plugin.jar)");
    }
    PrivateKey key = privateKey(privateKey);
    String version = SolrSchema.name() + "-" + HexFormat.of().formatHex(sha256(bytes), 0, 6);
    return new PluginPackage(bytes, version, sign(bytes, key, privateKey));
  }

  /** The package version this jar is installed as. */
  String version() {
    return version;
  }

  /** The jar's signature, as Solr checks it. */
  String signature() {
    return signature;
  }

  /** Where the jar lies in the cluster's file store. */
  String storePath() {
    return "/" + NAME + "/" + version + "/" + FILE_NAME;
  }

  /** A configset file naming the project's classes through this package. */
  String qualify(String xml) {
    return xml.replace(OWN_CLASSES, "class=\"" + NAME + ":dev.communique.");
  }

  /** The configset's {@code params.json}: its collection uses this version of the package. */
  String params() {
    return "{\"params\":{\"PKG_VERSIONS\":{\"" + NAME + "\":\"" + version + "\"}}}\n";
  }

  /**
   * Uploads the jar with its signature and registers this version, unless the cluster has it.
   *
   * @return what was done, one line each
   * @throws IllegalStateException with a one-line reason when the cluster refuses the package
   */
  List<String> install(CloudSolrClient client, String where) throws IOException {
    List<String> done = new ArrayList<>();
    try {
      if (installedVersions(client).contains(version)) {
        done.add("plugin package " + NAME + " " + version + " is installed already");
        return done;
      }
      FileStoreApi.UploadFile upload =
          new FileStoreApi.UploadFile(storePath(), new ByteArrayInputStream(jar));
      upload.setSig(List.of(signature));
      ErrorInfo refused = upload.process(client).getParsed().error;
      if (refused != null) {
        String reason =
            refused.msg == null ? "no reason given" : refused.msg.lines().findFirst().orElse("");
        throw new IllegalStateException(refusal(reason, where));
      }
      done.add("uploaded the plugin jar to the file store as " + storePath());
      new FileStoreApi.SyncFile(storePath()).process(client);
      register(client);
      done.add("registered plugin package " + NAME + " " + version);
      return done;
    } catch (SolrServerException | SolrException e) {
      throw new IllegalStateException(refusal(BatchFeeder.firstLine(e), where), e);
    }
  }

  /**
   * Registers this version. The node that takes the request may not have the jar yet, as the file
   * store copies it to the other nodes in the background; that is waited for, up to a limit.
   */
  private void register(CloudSolrClient client) throws SolrServerException, IOException {
    V2Request add =
        new V2Request.Builder("/cluster/package")
            .POST()
            .withPayload(
                Map.of(
                    "add",
                    Map.of("package", NAME, "version", version, "files", List.of(storePath()))))
            .build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        add.process(client);
        return;
      } catch (SolrException e) {
        if (!BatchFeeder.firstLine(e).contains("No such file") || System.nanoTime() > deadline) {
          throw e;
        }
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while the plugin jar was copied to the nodes", e);
      }
    }
  }

  /** The versions of the package the cluster has registered. */
  static List<String> installedVersions(CloudSolrClient client)
      throws SolrServerException, IOException {
    NamedList<Object> answer =
        new V2Request.Builder("/cluster/package").GET().build().process(client).getResponse();
    List<String> versions = new ArrayList<>();
    if (child(child(answer.get("result"), "packages"), NAME) instanceof List<?> entries) {
      for (Object entry : entries) {
        Object version = child(entry, "version");
        if (version != null) {
          versions.add(version.toString());
        }
      }
    }
    return versions;
  }

  /** A value of a map or named list in an answer, or null. */
  private static Object child(Object parent, String key) {
    if (parent instanceof Map<?, ?> map) {
      return map.get(key);
    }
    return parent instanceof NamedList<?> list ? list.get(key) : null;
  }

  private static String refusal(String reason, String where) {
    if (reason.contains("Package loading is not enabled")) {
      return "the Solr nodes at "
          + where
          + " do not load packages: start them with -Denable.packages=true, or copy the plugin"
          + " jar into each node's lib folder and run 'communique solr setup' without"
          + " --plugin-key";
    }
    if (reason.contains("public key")
        || reason.contains("any keys")
        || reason.contains("no signature")) {
      return "the Solr nodes at "
          + where
          + " do not trust the plugin key: add its public half to every node with 'bin/solr"
          + " package add-key KEY.der' (see the README), then run setup again";
    }
    return "Solr at " + where + " refused the plugin package: " + reason;
  }

  private static boolean holdsPlugin(byte[] jar) throws IOException {
    String marker = PLUGIN_CLASS.replace('.', '/') + ".class";
    try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
      for (var entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
        if (entry.getName().equals(marker)) {
          return true;
        }
      }
    }
    return false;
  }

  private static PrivateKey privateKey(Path file) throws IOException {
    String pem = new String(readFile(file, "plugin key"), StandardCharsets.US_ASCII);
    if (pem.contains("BEGIN RSA PRIVATE KEY")) {
      throw new IllegalArgumentException(
          file
              + " is a PKCS#1 key; convert it with 'openssl pkcs8 -topk8 -nocrypt -in "
              + file.getFileName()
              + " -out key.pem' and give that file");
    }
    int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
    int end = pem.indexOf("-----END PRIVATE KEY-----");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          file + " holds no unencrypted PKCS#8 private key (-----BEGIN PRIVATE KEY-----)");
    }
    String body = pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end);
    try {
      byte[] der = Base64.getMimeDecoder().decode(body);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " holds no RSA private key: " + e.getMessage(), e);
    }
  }

  /** Solr checks a file's signature as SHA1withRSA over its bytes, in Base64. */
  private static String sign(byte[] bytes, PrivateKey key, Path keyFile) {
    try {
      Signature signer = Signature.getInstance("SHA1withRSA");
      signer.initSign(key);
      signer.update(bytes);
      return Base64.getEncoder().encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot sign the plugin with " + keyFile + ": " + e.getMessage(), e);
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }

  private static byte[] readFile(Path file, String what) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("no " + what + " at " + file, e);
    }
  }
}
