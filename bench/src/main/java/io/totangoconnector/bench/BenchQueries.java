package io.totangoconnector.bench;

import io.totangoconnector.client.query.QueryImport;
import io.totangoconnector.client.query.SearchQuery;

/**
 * The query every benchmark reads: users with a mix of column types (text, integer, double,
 * epoch-millisecond and ISO dates, JSON objects) and parent-account fields.
 */
public final class BenchQueries {
  /** The users query as a user would paste it (bare JSON). */
  public static final String USERS_TEXT =
      """
      {"terms":[],"count":1000,"offset":0,
       "fields":[
        {"type":"string_attribute","attribute":"Role","field_display_name":"Role"},
        {"type":"date","term":"last_activity_time","field_display_name":"Last active"},
        {"type":"simple_date","term":"simple_last_activity_time","field_display_name":"Last day"},
        {"type":"named_aggregation","aggregation":"total_activities","duration":30,
         "field_display_name":"Activities (30 days)"}],
       "parent_account_fields":[
        {"type":"string","term":"health","field_display_name":"Account health"},
        {"type":"health_trend","field_display_name":"Health trend"},
        {"type":"number","term":"contract_value","field_display_name":"Contract value"},
        {"type":"owner","account_role":"Success Manager","field_display_name":"Owner"},
        {"type":"string","term":"status","field_display_name":"Account status"}],
       "sort_by":"display_name","sort_order":"ASC","scope":"all"}
      """;

  /** The token every emulator in the bench accepts. */
  public static final String TOKEN = "bench-token";

  private BenchQueries() {}

  public static SearchQuery users() {
    return QueryImport.parse(USERS_TEXT, io.totangoconnector.client.Report.USERS).query();
  }

  /** The query as one line, for a command line argument. */
  public static String usersOneLine() {
    return USERS_TEXT.replaceAll("\\s*\\n\\s*", "");
  }
}
