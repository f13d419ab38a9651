package io.totangoconnector.client.slicing;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A set of {@code long}s in one table (open addressing, at most half full): 16 bytes or less per
 * value where a {@code HashSet<String>} of record ids takes about 100. Small tables live on the
 * heap; past {@value #HEAP_SLOTS} slots the table moves to a memory-mapped temporary file, so that
 * the heap stays flat however many records a sync reads: the file's pages belong to the page cache,
 * which the system can write out and reclaim, where a heap that grew with the data would end in an
 * OutOfMemoryError. The file is deleted as soon as it is mapped, so nothing is left behind even
 * when the process is killed. Not thread-safe.
 */
final class LongHashSet {
  private static final Logger LOG = LoggerFactory.getLogger(LongHashSet.class);

  /** 512 KB: about 32,000 values, more than a slice group ever holds. */
  static final int HEAP_SLOTS = 1 << 16;

  /** A mapping holds at most 2 GB: 2^28 slots, so about 134 million values. */
  private static final int MAX_SLOTS = 1 << 28;

  private static final long EMPTY = 0;

  private final Path spillDirectory;
  private final int heapSlots;
  private boolean spillRefused;
  private LongBuffer slots = LongBuffer.allocate(1024);
  private int size;

  /** Spills to {@code java.io.tmpdir}. */
  LongHashSet() {
    this(Path.of(System.getProperty("java.io.tmpdir")), HEAP_SLOTS);
  }

  LongHashSet(Path spillDirectory, int heapSlots) {
    this.spillDirectory = spillDirectory;
    this.heapSlots = heapSlots;
  }

  /** Adds {@code value}; returns false when it was there already. */
  boolean add(long value) {
    long v = value == EMPTY ? 1 : value; // 0 marks a free slot; 0 and 1 share a place
    if ((size + 1) * 2L > slots.capacity()) {
      grow();
    }
    int i = place(slots, v);
    if (slots.get(i) == v) {
      return false;
    }
    slots.put(i, v);
    size++;
    return true;
  }

  int size() {
    return size;
  }

  /** Whether the table has moved off the heap into a mapped file. */
  boolean spilled() {
    return slots.isDirect();
  }

  /** The slot holding {@code v}, or the free slot where it belongs. */
  private static int place(LongBuffer table, long v) {
    int mask = table.capacity() - 1;
    int i = (int) (v ^ (v >>> 32)) & mask;
    long at;
    while ((at = table.get(i)) != EMPTY && at != v) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    int capacity = slots.capacity() * 2;
    if (capacity > MAX_SLOTS) {
      throw new IllegalStateException(
          String.format(
              Locale.ROOT,
              "more than %,d records in one sync: split the query with a filter term",
              MAX_SLOTS / 2));
    }
    LongBuffer bigger =
        capacity <= heapSlots || spillRefused ? LongBuffer.allocate(capacity) : mapped(capacity);
    for (int i = 0; i < slots.capacity(); i++) {
      long v = slots.get(i);
      if (v != EMPTY) {
        bigger.put(place(bigger, v), v);
      }
    }
    slots = bigger; // an earlier mapping is released when the collector frees its buffer
  }

  /** A zeroed table in a new, already deleted file; on the heap (from then on) when none can be. */
  private LongBuffer mapped(int capacity) {
    try {
      Path file = Files.createTempFile(spillDirectory, "totango-keys-", ".bin");
      try (FileChannel channel =
          FileChannel.open(
              file,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE)) {
        return channel
            .map(FileChannel.MapMode.READ_WRITE, 0, capacity * (long) Long.BYTES)
            .order(ByteOrder.nativeOrder())
            .asLongBuffer();
      }
    } catch (IOException | UnsupportedOperationException e) {
      spillRefused = true;
      LOG.warn(
          "Could not keep the keys of the records read in a file under {} ({}); keeping them in"
              + " memory instead (about 16 bytes a record).",
          spillDirectory,
          e.toString());
      return LongBuffer.allocate(capacity);
    }
  }
}
