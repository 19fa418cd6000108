/**
 * The driven ports' contracts: abstract JUnit 5 tests that state what every implementation promises. An
 * adapter's test extends one and supplies its subject (stores from {@code newStores()}, fresh and empty per
 * test; a source, drafts or transport with a way to seed and read back). Contracts end in {@code Contract}, so
 * Surefire runs them only through such a subclass. Published in crm-domain's test-jar.
 */
package dev.fundcrm.domain.contract;
