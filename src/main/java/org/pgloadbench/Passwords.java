package org.pgloadbench;

import java.util.regex.Pattern;

/** No password is ever printed, logged or written: whatever the suite says about a server goes through here first. */
public final class Passwords {
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(://[^/?#@\\s:]*:)[^@/?#\\s]*@");
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(password=)[^&;\\s]*", Pattern.CASE_INSENSITIVE);

    private Passwords() {}

    /**
     * {@code text} with every password a URL in it could carry (user info, a {@code password}
     * parameter) replaced by {@code ***}: applied to everything the launcher prints.
     */
    public static String mask(String text) {
        String masked = USER_INFO_PASSWORD.matcher(text).replaceAll("$1***@");
        return PASSWORD_PARAMETER.matcher(masked).replaceAll("$1***");
    }
}
