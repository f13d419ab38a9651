package io.totangoconnector.sinks;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A parsed {@code postgresql://[USER[:PASSWORD]@]HOST[:PORT]/DB?user=...#[SCHEMA.]TABLE}. Holds the
 * password only in {@link #credentials}, never in the description or the JDBC URL.
 */
record PostgresLocation(
    String jdbcUrl, Properties credentials, TableRef table, String description) {
  private static final String FORM = "postgresql://HOST:PORT/DB?user=USER#SCHEMA.TABLE";

  Sink sink(Supplier<String> runIds) {
    return new PostgresSink(jdbcUrl, credentials, table, description, runIds);
  }

  static PostgresLocation parse(String text, Function<String, String> env) {
    int slashes = text.indexOf("://");
    if (slashes < 0) {
      throw wrong(text, "it must start with postgresql://");
    }
    String rest = text.substring(slashes + 3);
    int hash = rest.lastIndexOf('#');
    if (hash < 0) {
      throw wrong(text, "it names no table after '#'");
    }
    String fragment = rest.substring(hash + 1);
    TableRef table = DestinationParser.table(DestinationParser.redact(text), fragment, "public");
    return locate(text, rest.substring(0, hash), fragment, table, env);
  }

  /** Reads {@code [USER[:PASSWORD]@]HOST[:PORT]/DB[?PARAMS]}. */
  private static PostgresLocation locate(
      String text, String url, String fragment, TableRef table, Function<String, String> env) {
    int question = url.indexOf('?');
    String query = question < 0 ? "" : url.substring(question + 1);
    String address = question < 0 ? url : url.substring(0, question);
    int slash = address.indexOf('/');
    if (slash < 0 || slash == address.length() - 1) {
      throw wrong(text, "it names no database after HOST:PORT/");
    }
    Properties credentials = new Properties();
    String hostPort = userInfo(text, address.substring(0, slash), credentials);
    checkHostPort(text, hostPort);
    List<String> params = queryParams(text, query, credentials);
    if (credentials.getProperty("password") == null && env.apply("PGPASSWORD") != null) {
      credentials.setProperty("password", env.apply("PGPASSWORD"));
    }
    String base = hostPort + address.substring(slash);
    String shown = params.isEmpty() ? "" : "?" + String.join("&", params);
    String described = "postgresql://" + base + userParam(credentials, shown) + "#" + fragment;
    return new PostgresLocation("jdbc:postgresql://" + base + shown, credentials, table, described);
  }

  private static String userParam(Properties credentials, String shown) {
    String user = credentials.getProperty("user");
    if (user == null) {
      return shown;
    }
    String param = "user=" + user;
    return shown.isEmpty() ? "?" + param : "?" + param + "&" + shown.substring(1);
  }

  /** Takes {@code USER[:PASSWORD]@} off the front of the host, into {@code credentials}. */
  private static String userInfo(String text, String authority, Properties credentials) {
    int at = authority.lastIndexOf('@');
    if (at < 0) {
      return authority;
    }
    String info = authority.substring(0, at);
    int colon = info.indexOf(':');
    credentials.setProperty("user", decode(text, colon < 0 ? info : info.substring(0, colon)));
    if (colon >= 0) {
      credentials.setProperty("password", decode(text, info.substring(colon + 1)));
    }
    return authority.substring(at + 1);
  }

  private static void checkHostPort(String text, String hostPort) {
    int colon = hostPort.lastIndexOf(':');
    boolean hasPort = colon >= 0 && !hostPort.endsWith("]");
    String host = hasPort ? hostPort.substring(0, colon) : hostPort;
    if (host.isEmpty()) {
      throw wrong(text, "it names no host");
    }
    if (hasPort && !hostPort.substring(colon + 1).matches("[0-9]{1,5}")) {
      throw wrong(text, "the port '" + hostPort.substring(colon + 1) + "' is not a number");
    }
  }

  /** Moves user and password into {@code credentials}; returns the other parameters. */
  private static List<String> queryParams(String text, String query, Properties credentials) {
    List<String> others = new ArrayList<>();
    for (String param : query.split("&")) {
      if (param.isEmpty()) {
        continue;
      }
      int eq = param.indexOf('=');
      if (eq <= 0) {
        throw wrong(text, "the query parameter '" + param + "' is not NAME=VALUE");
      }
      String name = param.substring(0, eq);
      if (name.equals("user") || name.equals("password")) {
        credentials.setProperty(name, decode(text, param.substring(eq + 1)));
      } else {
        others.add(param);
      }
    }
    return others;
  }

  // '+' stays a plus: these are URI components, not HTML form fields.
  private static String decode(String text, String value) {
    try {
      return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw wrong(text, "a user or password has a broken %-escape");
    }
  }

  private static DestinationSyntaxException wrong(String text, String what) {
    return new DestinationSyntaxException(
        "The PostgreSQL destination '"
            + DestinationParser.redact(text)
            + "' is not valid: "
            + what
            + "; use "
            + FORM);
  }
}
