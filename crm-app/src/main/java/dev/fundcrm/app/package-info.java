/**
 * The composition root: {@code Main} reads the environment into one configuration record, builds the
 * stores, the adapters and the use cases with plain {@code new}, and starts the inbound adapters, the admin
 * HTTP API in {@code dev.fundcrm.app.http} and the scheduled mailbox sync and daily digest in
 * {@code dev.fundcrm.app.sync}. It is the only module that depends on the adapters.
 */
package dev.fundcrm.app;
