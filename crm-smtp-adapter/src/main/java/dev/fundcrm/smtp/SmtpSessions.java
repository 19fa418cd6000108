package dev.fundcrm.smtp;

import jakarta.mail.Session;
import java.util.Properties;

/** The Angus Mail session for the settings: protocol, TLS, timeouts, UTF-8 headers. */
final class SmtpSessions {

    private SmtpSessions() {
    }

    static Session create(SmtpSettings settings) {
        return create(settings, new Properties());
    }

    /** With extra properties on top, e.g. a test's trust in its own certificate. */
    static Session create(SmtpSettings settings, Properties overrides) {
        boolean ssl = settings.security() == SmtpSettings.Security.SSL;
        String protocol = ssl ? "smtps" : "smtp";
        String millis = Long.toString(settings.timeout().toMillis());
        Properties properties = new Properties();
        properties.setProperty("mail.transport.protocol", protocol);
        properties.setProperty("mail." + protocol + ".host", settings.host());
        properties.setProperty("mail." + protocol + ".port", Integer.toString(settings.port()));
        properties.setProperty("mail." + protocol + ".auth", Boolean.toString(settings.username().isPresent()));
        properties.setProperty("mail." + protocol + ".connectiontimeout", millis);
        properties.setProperty("mail." + protocol + ".timeout", millis);
        properties.setProperty("mail." + protocol + ".writetimeout", millis);
        if (settings.security() == SmtpSettings.Security.STARTTLS) {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != SmtpSettings.Security.NONE) {
            properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        properties.setProperty("mail.mime.allowutf8", "false");
        properties.setProperty("mail.mime.charset", "UTF-8");
        properties.putAll(overrides);
        return Session.getInstance(properties);
    }
}
