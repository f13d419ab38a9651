package io.totangoconnector.client;

/**
 * One record of a search. Fixed attributes, then {@code values} aligned with the query's {@link
 * io.totangoconnector.client.query.SearchQuery#columns()}: each value is null or of the Java type
 * its {@link io.totangoconnector.client.query.ValueKind} names.
 *
 * @param id the account id ({@code name} in the response) or the user id
 * @param name the {@code display_name}; may be null
 * @param firstActivityTime epoch ms; users only; null when absent or never active
 * @param lastActivityTime epoch ms; null when absent
 * @param accountId users only: the user's account id
 * @param accountName users only: the user's account display name; may be null
 */
public record Hit(
    String id,
    String name,
    Long firstActivityTime,
    Long lastActivityTime,
    String accountId,
    String accountName,
    Object[] values) {}
