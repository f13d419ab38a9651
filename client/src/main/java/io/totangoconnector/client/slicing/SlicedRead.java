package io.totangoconnector.client.slicing;

/**
 * What a sliced read did.
 *
 * @param totalHits the records the unsliced query matched, as last counted (and checked)
 * @param rows the records handed to the consumer, each once
 * @param pages the pages handed to the consumer
 * @param slices the slice queries read, over all attempts
 * @param probeCalls calls spent to learn where to split, whose records are read again or not at
 *     all: one unsliced count per attempt, one per crowded activity instant found
 */
public record SlicedRead(long totalHits, long rows, int pages, int slices, int probeCalls) {}
