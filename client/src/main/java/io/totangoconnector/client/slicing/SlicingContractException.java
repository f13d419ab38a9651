package io.totangoconnector.client.slicing;

import io.totangoconnector.client.ConnectorException;

/**
 * Totango answered a slice query in a way that breaks what slicing assumes of it (see {@link
 * io.totangoconnector.client.query.SliceContract}); the message says what it did.
 */
public class SlicingContractException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  public SlicingContractException(String message) {
    super(message);
  }
}
