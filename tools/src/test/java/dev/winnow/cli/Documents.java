package dev.winnow.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small scraped-article-like documents for the tests; their labels are not asserted. */
final class Documents {
    private Documents() {
    }

    /** A dump with site chrome, a headline, paragraphs and a footer; {@code topic} makes it unique. */
    static String article(String topic) {
        return String.join("\n",
                "Home",
                "News",
                "Sport",
                "",
                "Council approves the new " + topic + " plan after a long debate",
                "",
                "By Jane Doe",
                "",
                "The city council voted on Tuesday to approve the " + topic + " plan, which had been debated"
                        + " for more than a year by residents, business owners and the members of the council.",
                "",
                "Supporters said that the plan would make the city a better place to live and that it was"
                        + " the result of a long and open consultation with the people who live here.",
                "",
                "Critics, however, argued that the costs of the " + topic + " plan had not been explained and"
                        + " that the council should have waited for the report of the independent auditor.",
                "",
                "Advertisement",
                "Share this article",
                "© 2026 The Daily Example. All rights reserved.",
                "");
    }

    /** Writes a document as UTF-8, creating the parent directories. */
    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
