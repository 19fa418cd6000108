/**
 * In-memory fakes of every driven port, for the use cases' tests and for embedding services: {@code InMemory*}
 * stores (made together by {@code InMemoryStores.create()}) and {@code Recording*} transports, each running the
 * port's contract. Every fake is thread-safe; none accepts or returns null (absence is an empty Optional or
 * list). Fixtures build plausible messages and put records into stores in foreign-key order.
 */
package dev.fundcrm.domain.testkit;
