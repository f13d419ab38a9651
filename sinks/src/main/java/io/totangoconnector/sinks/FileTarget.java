package io.totangoconnector.sinks;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file rewritten whole: one run writes {@code .NAME.tc-RUNID.tmp} beside it and renames that over
 * it atomically, so readers see the old file or the new one, never half of one.
 */
final class FileTarget {
  private final Path path;
  private final Path temp;

  FileTarget(Path path, String runId) {
    this.path = path.toAbsolutePath();
    this.temp = this.path.resolveSibling(tempPrefix() + runId + ".tmp");
  }

  Path temp() {
    return temp;
  }

  /** Creates the directory and removes temporary files that crashed runs left beside the file. */
  void prepare() throws IOException {
    Files.createDirectories(path.getParent());
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(path.getParent())) {
      for (Path sibling : siblings) {
        if (isStaleTemp(sibling.getFileName().toString())) {
          Files.deleteIfExists(sibling);
        }
      }
    }
  }

  void publish() throws IOException {
    Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  void discard() throws IOException {
    Files.deleteIfExists(temp);
  }

  private boolean isStaleTemp(String name) {
    String prefix = tempPrefix();
    return name.startsWith(prefix)
        && name.endsWith(".tmp")
        && name.length() == prefix.length() + RunIds.LENGTH + ".tmp".length();
  }

  private String tempPrefix() {
    return "." + path.getFileName() + ".tc-";
  }
}
