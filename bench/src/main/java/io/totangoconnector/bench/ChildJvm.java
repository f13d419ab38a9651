package io.totangoconnector.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts another JVM of the same Java installation. */
final class ChildJvm {
  private ChildJvm() {}

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A JVM running {@code mainClass} on this JVM's class path. */
  static ProcessBuilder onClassPath(List<String> jvmArgs, String mainClass, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmArgs);
    String logback = System.getProperty("logback.configurationFile");
    if (logback != null) {
      command.add("-Dlogback.configurationFile=" + logback);
    }
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass);
    command.addAll(args);
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  /** Runs to the end; returns the exit code and everything printed. */
  static Result run(ProcessBuilder builder, Map<String, String> env)
      throws IOException, InterruptedException {
    builder.environment().putAll(env);
    Process p = builder.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), output);
  }

  record Result(int exitCode, String output) {
    /** The value of a {@code key=value} word in the output. */
    long value(String key) {
      for (String word : output.split("\\s+")) {
        if (word.startsWith(key + "=")) {
          return Long.parseLong(word.substring(key.length() + 1));
        }
      }
      throw new IllegalStateException("the child printed no " + key + ":\n" + output);
    }
  }
}
