package dev.fundcrm.gmail.parse;

import jakarta.mail.Session;
import java.util.Properties;

/**
 * The Angus Mail session both parsers share, and the one JVM setting they need.
 *
 * <p>Jakarta Mail 2.1 looks its {@code StreamProvider} up through {@code ServiceLoader} on every body part
 * and every decode (jakartaee/mail-api#699 and #861): 1,000 parts took 0.4-2 s; with the provider named,
 * 40-70 ms. The name is the provider that lookup finds in angus-mail anyway; a value set elsewhere wins.
 */
final class AngusMail {

    static {
        System.getProperties().putIfAbsent("jakarta.mail.util.StreamProvider",
                "org.eclipse.angus.mail.util.MailStreamProvider");
    }

    /** UTF-8 in part headers (RFC 6532); nothing else differs from Angus's defaults. */
    static final Session SESSION = session();

    private AngusMail() {
    }

    /** Runs the setting above before a parser's first use of Jakarta Mail. */
    static void configure() {
        // The static initializer does the work.
    }

    private static Session session() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "true");
        return Session.getInstance(properties);
    }
}
