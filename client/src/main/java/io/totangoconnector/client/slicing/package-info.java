/**
 * Reading every record of a query that matches more than the 10,000 records Totango serves through
 * one query, and showing that it was done.
 *
 * <h2>Slices</h2>
 *
 * Every slice is the user's query with terms ANDed to its own (never changed), from {@link
 * io.totangoconnector.client.query.SliceContract}; a slice only changes {@code sort_by} and {@code
 * sort_order}, which decide which records fall under the cap first, never which records the slice
 * holds. The records are split by {@code last_activity_time}:
 *
 * <ol>
 *   <li>The never-active group: {@code eq 0}.
 *   <li>Activity windows, read oldest first: the first is {@code gt 0} (ever active); each is read
 *       up to the cap, and the next one is {@code gte t}, where {@code t} is the activity of the
 *       last record read. Records at {@code t} are read twice and handed on once. A window that
 *       reaches its last record ends the windows.
 *   <li>A crowded instant: when a whole page (two records or more) shares one activity {@code t},
 *       the window stops there, the instant is read as its own group ({@code gte t, lt t+1}) and
 *       the next window starts at {@code t+1}.
 * </ol>
 *
 * A group (never-active, one instant) is read by id: the first 10,000 ascending, the rest
 * descending; the id is unique, so the two reads are disjoint and cover the group. A group over
 * 20,000 fails with {@link io.totangoconnector.client.slicing.SliceTooLargeException} as soon as
 * its count is known (the sync's staging is then discarded). This needs no probing and no estimate
 * of the activity distribution: the windows adapt to any distribution, because each one ends where
 * the cap stopped it.
 *
 * <h2>Never-active users over 20,000</h2>
 *
 * Real user bases often hold more never-active users than that, and a users search can tell them
 * apart by their account ({@code parent_account} terms, [ours] in {@link
 * io.totangoconnector.client.query.SliceContract#PARENT_ACCOUNT}). So the never-active users are
 * read in parts, each the never-active query ANDed with one account term:
 *
 * <ol>
 *   <li>the users whose account was never active: {@code parent_account} with {@code eq 0} (over
 *       20,000 of them fail as above);
 *   <li>account activity in [{@code A}, {@code B}), found by bisection on counts, starting from [1,
 *       2^41 ms) (to September 2039) and [2^41, 2^53): each range's first page by id is its count;
 *       a range of 20,000 or fewer is read by id both ways from that page on; a larger one is
 *       halved, and that first page was a probe. A range one millisecond wide cannot be halved:
 *       over 20,000 users of accounts last active at one instant fail, naming the instant.
 * </ol>
 *
 * Accounts searches have no such term, so never-active accounts over 20,000 still fail. Activity
 * ranges are what bisection needs: a count per range and nothing else, any distribution.
 *
 * <h2>Why it is complete</h2>
 *
 * Never-active and ever-active are disjoint and cover every record ({@code eq 0} matches exactly
 * the records without activity, {@code gt 0} exactly those with one). The parts of the never-active
 * users are disjoint, and cover them when every account's activity is 0 or in [1, 2^53). Window
 * {@code k} covers activity in [{@code t_k}, {@code t_k+1}) because it read, in activity order,
 * every record before {@code t_k+1}; an instant group covers [{@code t}, {@code t+1}). Nothing here
 * relies on the sort being right: if it were not, records would go unread and the count check below
 * would fail.
 *
 * <h2>The check</h2>
 *
 * After each attempt, four numbers must be equal: the unsliced total_hits, the never-active slice's
 * total_hits plus the first window's (the later windows lie inside it), the distinct records the
 * attempt read, and the distinct records handed on by all attempts. When the never-active users
 * were read in parts, their parts' total_hits must also add up to the never-active count. A record
 * that moves to a later window while the read runs (a user who just became active) is read twice
 * but counted and handed on once, so it is not a difference; a record added or removed is. On a
 * difference the whole read is done once more (after a one-record count of the unsliced query);
 * records the first attempt handed on are not handed on again, since a consumer cannot un-write
 * them, so the retry only succeeds if the records handed on over both attempts are again exactly
 * the unsliced total. If it still differs, {@link
 * io.totangoconnector.client.slicing.IncompleteReadException} names the numbers. A completeness
 * tolerance (records) accepts a difference within it at once, with a warning.
 *
 * <h2>Calls</h2>
 *
 * Probes are calls spent to learn where to split, whose records are read again or not at all: one
 * per attempt (the unsliced count), plus one per crowded instant (the page that found it: the group
 * reads it again). So {@code probes = attempts * (1 + crowded instants + split)}, where attempts is
 * 1, or 2 after a retry, and a crowded instant holds at least a page of records at one millisecond.
 * {@code split} is 0 unless never-active users were read in parts; then it is {@code 1 + halved +
 * empty}: the never-active query's first page, one per range halved, one per part that held no one
 * (its only call read nothing). The parts read are the three first ones (never-active account, the
 * two top ranges) plus one per range halved, and any may be empty, so {@code split <= 4 + 2 *
 * halved}. Ranges halved at one depth are disjoint and each holds over 20,000 of the {@code M}
 * never-active users of active accounts, and there are at most 53 depths, so {@code halved <= 53 *
 * floor(M / 20,001)}; in practice the halving walks down from 70 years to the span of the accounts'
 * activity, about two probes a level: 30,000 never-active users of 60,000 (activity over three
 * years) took 10 probes. Every other call reads records of a slice. With page size {@code P}, a
 * window reads {@code 10,000/P} full pages and overlaps the next by the records at one instant
 * (usually one), and each slice's last page may be partial: about {@code ceil(N/P) + slices/2}
 * calls besides the probes. Measured with {@code P = 1000}: 60,000 users (30,000 never active) take
 * 74 calls (12 probes); 120,000 users (12,000 never active) take 122 calls (1 probe); 50,000
 * accounts (11,000 at one instant) 53 (2 probes); 27,570 paying accounts 32 (2 probes).
 *
 * <h2>Memory</h2>
 *
 * No rows are held: only the keys of the records read (account id; user id with account id), about
 * 100 bytes each (12 MB for 120,000 users), to hand each record on once and count distinct records.
 */
package io.totangoconnector.client.slicing;
