package dev.fundcrm.gmail.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * The fake's HTTP side: the JDK's server on 127.0.0.1 and a random port, a thread per concurrent request,
 * gzipped request bodies decoded (the Gmail client gzips what it posts), and a connection closed without a
 * word when a fault says so. A bug in the fake answers 500 with its stack trace, so a test shows it.
 */
final class HttpFront implements AutoCloseable {

    static {
        // The JDK's server writes headers and body apart; with Nagle's algorithm and the client's delayed ACK
        // each answer on a kept-alive connection then waits ~40 ms. Read once, when the first server starts.
        System.getProperties().putIfAbsent("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicInteger gzippedBodies = new AtomicInteger();

    /** Binds a random port on the loopback address; {@link #start()} opens it once the routes are in. */
    HttpFront() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("can't open the fake Gmail's port", e);
        }
        AtomicInteger count = new AtomicInteger();
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "fake-gmail-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
    }

    /** Serves the paths that start with {@code prefix} (the longest prefix wins). */
    HttpFront route(String prefix, Function<ApiCall, ApiResponse> handler) {
        server.createContext(prefix, exchange -> handle(exchange, handler));
        return this;
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** How many request bodies came gzipped. */
    int gzippedBodies() {
        return gzippedBodies.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange, Function<ApiCall, ApiResponse> handler) throws IOException {
        ApiResponse response;
        try {
            response = handler.apply(call(exchange));
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            response = ApiResponse.of(500, "text/plain; charset=UTF-8", "fake Gmail bug: " + trace);
        }
        if (response.resetsConnection()) {
            exchange.close();
            return;
        }
        response.headers().forEach(exchange.getResponseHeaders()::set);
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private ApiCall call(HttpExchange exchange) throws IOException {
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        List<String> encodings = headers.getOrDefault("content-encoding", List.of());
        if (encodings.stream().anyMatch(encoding -> encoding.toLowerCase(Locale.ROOT).contains("gzip"))) {
            gzippedBodies.incrementAndGet();
        }
        return new ApiCall(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                ApiCall.parseQuery(exchange.getRequestURI().getRawQuery()), headers,
                decoded(body, encodings));
    }

    static byte[] decoded(byte[] body, List<String> contentEncodings) {
        if (contentEncodings.stream().noneMatch(encoding -> encoding.toLowerCase(Locale.ROOT).contains("gzip"))) {
            return body;
        }
        try (InputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return gunzip.readAllBytes();
        } catch (IOException e) {
            throw new IllegalArgumentException("a body marked gzip isn't gzip: " + e.getMessage(), e);
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Status " + status;
        };
    }
}
