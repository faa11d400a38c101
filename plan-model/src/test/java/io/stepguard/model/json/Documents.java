package io.stepguard.model.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test access to the published documents: schemas (jar and docs copies) and the examples. */
public final class Documents {
  /** The three document kinds, named as their files are. */
  public enum Kind {
    PLAN,
    SCENE,
    VERDICT;

    public String fileName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private Documents() {}

  /** The repository root: the nearest ancestor of the working directory holding docs/schemas. */
  public static Path repoRoot() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isDirectory(p.resolve("docs").resolve("schemas"))
          && Files.isDirectory(p.resolve("plan-model"))) {
        return p;
      }
      p = p.getParent();
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }

  public static Path docs() {
    return repoRoot().resolve("docs");
  }

  /** docs/examples/{plan,scene,verdict}.json */
  public static String example(Kind kind) {
    return read(docs().resolve("examples").resolve(kind.fileName() + ".json"));
  }

  /** The schema as shipped in the jar. */
  public static byte[] schemaResource(Kind kind) {
    String name = "/io/stepguard/model/schema/" + kind.fileName() + ".schema.json";
    try (InputStream in = Documents.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The schema's copy in docs/schemas. */
  public static byte[] schemaDocsCopy(Kind kind) {
    try {
      return Files.readAllBytes(
          docs().resolve("schemas").resolve(kind.fileName() + ".schema.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
