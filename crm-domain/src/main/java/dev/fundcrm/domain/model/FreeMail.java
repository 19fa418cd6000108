package dev.fundcrm.domain.model;

import java.util.Set;

/**
 * Consumer mail domains: a shared domain says nothing about a person's organization, so they never match
 * by organization domain (an exact address still matches).
 */
public final class FreeMail {

    private static final Set<String> DOMAINS = Set.of(
            "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com",
            "yahoo.com", "yahoo.co.uk", "yahoo.fr", "ymail.com", "rocketmail.com", "aol.com", "icloud.com",
            "me.com", "mac.com", "proton.me", "protonmail.com", "pm.me", "gmx.com", "gmx.de", "gmx.net",
            "web.de", "mail.com", "zoho.com", "yandex.com", "yandex.ru", "mail.ru", "fastmail.com",
            "hey.com", "tutanota.com", "qq.com", "163.com", "126.com", "naver.com", "orange.fr", "free.fr",
            "btinternet.com", "comcast.net", "verizon.net", "att.net");

    private FreeMail() {
    }

    public static boolean isFreeMail(EmailAddress address) {
        return DOMAINS.stream().anyMatch(address::isInDomain);
    }

    public static boolean isFreeMailDomain(String domain) {
        String ascii = Domains.ascii(domain);
        return DOMAINS.stream().anyMatch(free -> Domains.covers(free, ascii));
    }
}
