package io.totangoconnector.client.query;

import io.totangoconnector.client.ConnectorException;

/**
 * A pasted query could not be used. The message names what is wrong and where: a line and column
 * for JSON syntax, a path such as {@code fields[3].type} for shape errors.
 */
public class QueryException extends ConnectorException {
  private static final long serialVersionUID = 1L;

  private final String where;

  public QueryException(String message, String where) {
    super(where == null || where.isEmpty() ? message : message + " (at " + where + ")");
    this.where = where;
  }

  /**
   * The place of the problem: {@code line 3, column 14} or {@code fields[3].type}; may be empty.
   */
  public String where() {
    return where;
  }
}
