package dev.fundcrm.persistence.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Every SLF4J log line, at every level, from opening until closing: to check what reaches the logs. Logging
 * through java.util.logging (the PostgreSQL driver's) is not seen. Not thread-safe: one at a time.
 */
public final class CapturedLogs implements AutoCloseable {

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Level previousLevel = root.getLevel();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLogs() {
        appender.start();
        root.addAppender(appender);
        root.setLevel(Level.ALL);
    }

    public static CapturedLogs start() {
        return new CapturedLogs();
    }

    /** Each event's message, arguments filled in, followed by the messages of its exception and their causes. */
    public String text() {
        return appender.list.stream().map(CapturedLogs::describe).collect(Collectors.joining("\n"));
    }

    public int lineCount() {
        return appender.list.size();
    }

    @Override
    public void close() {
        root.setLevel(previousLevel);
        root.detachAppender(appender);
        appender.stop();
    }

    private static String describe(ILoggingEvent event) {
        StringBuilder text = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + " "
                + event.getFormattedMessage());
        for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
            text.append(" | ").append(thrown.getClassName()).append(": ").append(thrown.getMessage());
        }
        return text.toString();
    }
}
