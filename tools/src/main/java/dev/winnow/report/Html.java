package dev.winnow.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Writing HTML safely: text and attribute values escaped, characters HTML cannot hold replaced, and the
 * head every page of a report shares: UTF-8, no network, inline CSS, and a Content-Security-Policy that
 * lets no script run but the page's own (by its hash), so that even text that escaped escaping could
 * run nothing.
 */
final class Html {
    private Html() {
    }

    /**
     * The text escaped for an element's content or a quoted attribute value: {@code & < > " '} as
     * references; NUL, other C0 controls but tab, line feed and carriage return, and lone surrogates as
     * U+FFFD (HTML has no way to write them).
     */
    static String escape(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> unwritable(text, i) ? "\uFFFD" : null;
            };
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean unwritable(String text, int i) {
        char c = text.charAt(i);
        if (c < 0x20) {
            return c != '\t' && c != '\n' && c != '\r';
        }
        if (c == 0x7F) {
            return true;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    /**
     * The start of a page up to and including {@code <body>}: its title, the style sheet, and a policy that
     * allows inline styles, {@code data:} images and only the given script (null for none).
     */
    static String head(String title, String css, String script) {
        String scripts = script == null ? "" : " script-src '" + hash(script) + "';";
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " img-src data:;" + scripts + " base-uri 'none'; form-action 'none'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"referrer\" content=\"no-referrer\">\n"
                + "<title>" + escape(title) + "</title>\n<style>" + css + "</style>\n</head>\n<body>\n";
    }

    /** The CSP source of an inline script: {@code sha256-} and the Base64 of its UTF-8 digest. */
    static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
