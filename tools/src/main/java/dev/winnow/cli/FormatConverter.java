package dev.winnow.cli;

import dev.winnow.format.Format;
import picocli.CommandLine.ITypeConverter;

/** Reads {@code --format} values by their lowercase names (text, labels, jsonl, explain). */
final class FormatConverter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
        return Format.parse(value);
    }
}
