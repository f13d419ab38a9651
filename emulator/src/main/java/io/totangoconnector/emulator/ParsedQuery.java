package io.totangoconnector.emulator;

import java.util.List;

/**
 * A validated search query.
 *
 * @param layout for each position of {@code selected_fields}: {@code i >= 0} is {@code fields[i]},
 *     {@code -1 - j} is {@code parent_account_fields[j]}
 * @param matchesAll whether the query has no terms
 * @param orderKey identifies the order of all records (report, data version, sort)
 * @param resultKey identifies the sorted result set (everything but offset and count)
 */
record ParsedQuery(
    Report report,
    Matcher matcher,
    List<FieldSpec> fields,
    List<FieldSpec> parentFields,
    int[] layout,
    int count,
    int offset,
    SortKey sort,
    boolean matchesAll,
    String orderKey,
    String resultKey) {}
