package org.pain3d.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only files inside the folder, by plain relative paths, of served types. */
class ServedFolderTest {
  @TempDir Path tmp;
  Path root;
  ServedFolder folder;

  @BeforeEach
  void setUp() throws IOException {
    root = Files.createDirectories(tmp.resolve("root/images"));
    root = tmp.resolve("root");
    Files.writeString(root.resolve("images/a.png"), "a");
    Files.writeString(root.resolve("w.safetensors"), "w");
    Files.writeString(tmp.resolve("secret.png"), "s");
    Files.createDirectories(root.resolve(".pain3d"));
    Files.writeString(root.resolve(".pain3d/x.json"), "{}");
    folder = ServedFolder.of(root);
  }

  private static WebErrorKind kind(Runnable r) {
    try {
      r.run();
      return null;
    } catch (WebException e) {
      return e.kind();
    }
  }

  @Test
  void resolvesPlainRelativePaths() throws IOException {
    assertThat(folder.resolve("images/a.png")).isEqualTo(root.toRealPath().resolve("images/a.png"));
    assertThat(folder.relative(root.resolve("images/a.png"))).isEqualTo("images/a.png");
    assertThat(ServedFolder.typeOf("x.JPG")).contains("image/jpeg");
    assertThat(ServedFolder.typeOf("x.safetensors")).isEmpty();
  }

  @Test
  void refusesWhatIsNotPlainRelative() {
    for (String p : new String[] {"../secret.png", "images/../../secret.png", "/etc/passwd",
        "images/../a.png", "./images/a.png", "images//a.png", "images/", ".pain3d/x.json",
        "images\\a.png", "c:/x.png", "images/a.png\u0000.png", "x".repeat(2000)}) {
      assertThat(kind(() -> folder.resolve(p))).as(p).isEqualTo(WebErrorKind.FORBIDDEN);
    }
    assertThat(kind(() -> folder.resolve("w.safetensors"))).isEqualTo(WebErrorKind.FORBIDDEN);
    assertThat(kind(() -> folder.resolve("images/b.png"))).isEqualTo(WebErrorKind.NOT_FOUND);
    assertThat(kind(() -> folder.resolve("images"))).isEqualTo(WebErrorKind.NOT_FOUND);
    assertThat(kind(() -> folder.resolve(""))).isEqualTo(WebErrorKind.NOT_FOUND);
    assertThat(kind(() -> folder.resolve(null))).isEqualTo(WebErrorKind.NOT_FOUND);
  }

  @Test
  void followsLinksOnlyWhileTheyStayInside() throws IOException {
    Files.createSymbolicLink(root.resolve("in.png"), root.resolve("images/a.png"));
    Files.createSymbolicLink(root.resolve("out.png"), tmp.resolve("secret.png"));
    Files.createSymbolicLink(root.resolve("up"), tmp);
    Files.createSymbolicLink(root.resolve("pics"), root.resolve("images"));
    assertThat(folder.resolve("in.png")).endsWith(Path.of("images/a.png"));
    assertThat(folder.resolve("pics/a.png")).endsWith(Path.of("images/a.png"));
    assertThat(kind(() -> folder.resolve("out.png"))).isEqualTo(WebErrorKind.FORBIDDEN);
    assertThat(kind(() -> folder.resolve("up/secret.png"))).isEqualTo(WebErrorKind.FORBIDDEN);
    // a folder opened through a link is rooted at its real path
    Path alias = Files.createSymbolicLink(tmp.resolve("alias"), root);
    assertThat(ServedFolder.of(alias).resolve("images/a.png")).isEqualTo(folder.resolve("images/a.png"));
  }

  @Test
  void opensOnlyExistingDirectories() {
    assertThatThrownBy(() -> ServedFolder.of(tmp.resolve("none"))).isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> ServedFolder.of(tmp.resolve("secret.png"))).isInstanceOf(IllegalArgumentException.class);
  }
}
