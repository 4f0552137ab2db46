package dev.winnow.eval;

import dev.winnow.Cleaner;
import dev.winnow.Result;
import dev.winnow.SiteMemory;
import java.util.Objects;

/**
 * winnow itself: {@link Cleaner#clean(byte[], String)} on the page's HTML, or {@link Cleaner#clean(String)}
 * on its text dump (with {@code wet}, every blank line removed first); the extraction is {@link Result#text()}.
 */
public record WinnowEngine(Cleaner cleaner, EvalCommand.Input input, boolean wet, SiteMemory memory) implements Engine {
    public WinnowEngine {
        Objects.requireNonNull(cleaner, "cleaner");
        Objects.requireNonNull(input, "input");
    }

    /** The engine without a site memory. */
    public WinnowEngine(Cleaner cleaner, EvalCommand.Input input, boolean wet) {
        this(cleaner, input, wet, null);
    }

    /** The same engine with the boilerplate lines of each page's site ({@code --site-memory}). */
    public WinnowEngine withMemory(SiteMemory memory) {
        return new WinnowEngine(cleaner, input, wet, memory);
    }

    @Override
    public String name() {
        return "winnow";
    }

    @Override
    public String extract(Wcxb.Page page) {
        return clean(page).text();
    }

    /** The whole result for the page: every line with its label, the title and the text. */
    public Result clean(Wcxb.Page page) {
        SiteMemory.Site site = memory == null ? SiteMemory.site(null, page.url()) : memory.site(SiteMemory.host(page.url()));
        return input == EvalCommand.Input.HTML
                ? cleaner.clean(page.htmlBytes(), page.url(), site)
                : cleaner.clean(page.dump(wet), site);
    }
}
