package dev.communique.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin jar as a signed Solr package, without a cluster. */
class PluginPackageTest {

  @TempDir static Path dir;

  private static Path jar;
  private static KeyPair keys;
  private static Path pem;

  @BeforeAll
  static void material() throws Exception {
    jar = PluginJars.plugin(dir);
    keys = PluginJars.keyPair();
    pem = PluginJars.privatePem(keys, dir.resolve("key.pem"));
  }

  @Test
  void theJarIsSignedAsSolrChecksIt() throws Exception {
    PluginPackage plugin = PluginPackage.read(jar, pem);
    String sig = plugin.signature();
    Signature verifier = Signature.getInstance("SHA1withRSA");
    verifier.initVerify(keys.getPublic());
    verifier.update(Files.readAllBytes(jar));
    assertThat(verifier.verify(Base64.getDecoder().decode(sig))).isTrue();
  }

  @Test
  void theVersionIsTheSchemaAndTheJarsDigest() throws Exception {
    PluginPackage plugin = PluginPackage.read(jar, pem);
    assertThat(plugin.version()).matches(SolrSchema.name() + "-[0-9a-f]{12}");
    assertThat(PluginPackage.read(jar, pem).version()).isEqualTo(plugin.version());
    assertThat(plugin.storePath())
        .isEqualTo("/communique/" + plugin.version() + "/communique-solr-plugin.jar");

    Path changed = dir.resolve("changed.jar");
    Files.write(changed, Files.readAllBytes(jar));
    Files.write(changed, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
    // A jar with a byte more is read as a jar still, and gets a version of its own.
    assertThat(PluginPackage.read(changed, pem).version()).isNotEqualTo(plugin.version());
  }

  @Test
  void theConfigsetNamesTheProjectsClassesThroughThePackageAndPinsItsVersion() throws Exception {
    PluginPackage plugin = PluginPackage.read(jar, pem);
    String config = new String(SolrProvider.solrconfig(), StandardCharsets.UTF_8);
    String qualified = plugin.qualify(config);
    assertThat(qualified)
        .contains(
            "<queryParser name=\"communique\""
                + " class=\"communique:dev.communique.solr.plugin.CommuniqueQParserPlugin\"/>")
        .contains("class=\"solr.SearchHandler\"")
        .doesNotContain("class=\"dev.communique.");
    assertThat(plugin.qualify(SolrSchema.xml()))
        .contains("<analyzer class=\"communique:dev.communique.solr.plugin.CommuniqueAnalyzer\"/>")
        .contains("class=\"communique:dev.communique.solr.plugin.EpochDayRangeField\"")
        .contains("class=\"solr.BM25SimilarityFactory\"");
    assertThat(plugin.params())
        .isEqualTo(
            "{\"params\":{\"PKG_VERSIONS\":{\"communique\":\"" + plugin.version() + "\"}}}\n");
  }

  @Test
  void badMaterialIsOneLineNamingTheFile() throws Exception {
    assertThatThrownBy(() -> PluginPackage.read(dir.resolve("missing.jar"), pem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no plugin jar at " + dir.resolve("missing.jar"));
    Path other = PluginJars.other(dir);
    assertThatThrownBy(() -> PluginPackage.read(other, pem))
        .hasMessage(
            other
                + " is not the project's Solr plugin jar"
                + " (solr/target/communique-solr-*-plugin.jar)");
    Path pkcs1 = Files.writeString(dir.resolve("old.pem"), "-----BEGIN RSA PRIVATE KEY-----\nAA\n");
    assertThatThrownBy(() -> PluginPackage.read(jar, pkcs1))
        .hasMessage(
            pkcs1
                + " is a PKCS#1 key; convert it with 'openssl pkcs8 -topk8 -nocrypt -in old.pem"
                + " -out key.pem' and give that file");
    Path publicKey = Files.write(dir.resolve("key.der"), PluginJars.publicDer(keys));
    assertThatThrownBy(() -> PluginPackage.read(jar, publicKey))
        .hasMessage(
            publicKey + " holds no unencrypted PKCS#8 private key (-----BEGIN PRIVATE KEY-----)");
  }
}
