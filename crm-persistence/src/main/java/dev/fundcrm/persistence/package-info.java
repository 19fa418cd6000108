/**
 * The driven adapter for the domain's stores: Jdbi and Flyway implementations of {@code Contacts},
 * {@code Messages}, {@code Proposals}, {@code Activities}, {@code Mailboxes}, {@code Admins},
 * {@code Blocklist}, {@code AuditLog}, {@code DigestRuns} and {@code Transactions}, on embedded H2 or
 * PostgreSQL, handed to the use cases as one {@code Stores}. It depends on {@code crm-domain} only: SQL and
 * {@code JdbiException}s become {@code StoreException} before they cross a port, and each store passes the
 * same contract test from the domain's test-jar as its in-memory fake.
 */
package dev.fundcrm.persistence;
