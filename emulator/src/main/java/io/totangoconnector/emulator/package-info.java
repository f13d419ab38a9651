/**
 * A local Totango Search API: the independent other side of the contract in {@code totango-api.md};
 * it shares no code with the client.
 *
 * <p>Start one with {@link io.totangoconnector.emulator.Emulator#start} and an {@link
 * io.totangoconnector.emulator.EmulatorConfig}; it serves {@code POST /api/v1/search/accounts} and
 * {@code /users} on 127.0.0.1 with data generated from a seed (or read from a JSON fixture),
 * per-token sliding-window rate limits, the 10,000-record cap, and seeded or scripted faults. Every
 * choice where the public record is silent lives in {@code ContractChoices}.
 *
 * <p>Layout: {@code Emulator} wires Javalin to {@code SearchHandler} (auth, rate limit, faults),
 * which calls {@code Searcher} (query text, {@code QueryParser}, {@code SearchEngine} with its
 * result cache, {@code ResponseWriter}). Data: {@code Generator} (records derived on demand from
 * hash(seed, slot)) or {@code FixtureSource}, behind {@code DataStore}'s immutable snapshots.
 */
package io.totangoconnector.emulator;
