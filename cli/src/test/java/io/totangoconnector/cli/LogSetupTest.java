package io.totangoconnector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogSetupTest {

  @Test
  void ourMessagesFromInfoAndEveryoneElsesFromWarnGoToStandardErrorOnly() {
    LoggerContext context = new LoggerContext();
    LogSetup setup = new LogSetup();
    setup.setContext(context);

    assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

    assertThat(context.getLogger("io.totangoconnector.client").getEffectiveLevel())
        .isEqualTo(Level.INFO);
    assertThat(context.getLogger("org.eclipse.jetty.server").getEffectiveLevel())
        .isEqualTo(Level.WARN);
    assertThat(context.getLogger("com.example").getEffectiveLevel()).isEqualTo(Level.WARN);
    var appender =
        (ConsoleAppender<?>) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
    assertThat(appender.getTarget()).isEqualTo("System.err");
    assertThat(appender.isStarted()).isTrue();
  }

  @Test
  void aConfigurationFileNamedOnTheCommandLineWins() {
    String before = System.getProperty("logback.configurationFile");
    System.setProperty("logback.configurationFile", "elsewhere.xml");
    try {
      LoggerContext context = new LoggerContext();
      LogSetup setup = new LogSetup();
      setup.setContext(context);

      assertThat(setup.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
      assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext())
          .isFalse();
    } finally {
      if (before == null) {
        System.clearProperty("logback.configurationFile");
      } else {
        System.setProperty("logback.configurationFile", before);
      }
    }
  }
}
