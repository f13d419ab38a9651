package io.totangoconnector.core;

import io.totangoconnector.client.ConnectorException;

/** A setting is wrong or settings do not fit together. Names the setting; nothing was changed. */
public class ConfigException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final String setting;

  public ConfigException(String setting, String message) {
    super(message);
    this.setting = setting;
  }

  /** The setting at fault, e.g. {@code mode} or {@code to}. */
  public String setting() {
    return setting;
  }
}
