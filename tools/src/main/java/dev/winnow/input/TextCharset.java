package dev.winnow.input;

import dev.winnow.format.NotTextException;
import dev.winnow.format.TextFiles;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/**
 * How a text dump's bytes become text ({@code --charset}): strict UTF-8 (the default, {@link TextFiles#decode});
 * a named charset (strict: bytes it cannot decode are an error); or {@code auto}: UTF-8 when the bytes are
 * UTF-8, else the charset Apache Tika's detector finds most likely, which is named on stderr.
 *
 * @param name the charset's name, {@code auto}, or null for the default
 */
public record TextCharset(String name) {
    /** The default: strict UTF-8 (also UTF-16 with a byte order mark). */
    public static final TextCharset UTF8 = new TextCharset(null);

    /**
     * The charset of {@code --charset}: {@code auto}, or a name Java knows.
     *
     * @throws IllegalArgumentException for a name Java does not know
     */
    public static TextCharset parse(String value) {
        String v = value.strip();
        if (v.equalsIgnoreCase("auto")) {
            return new TextCharset("auto");
        }
        if (v.equalsIgnoreCase("utf-8") || v.equalsIgnoreCase("utf8")) {
            return UTF8;
        }
        if (!Content.Html.supported(v)) {
            throw new IllegalArgumentException("unknown charset '" + value + "' (expected auto or a charset name such as windows-1252)");
        }
        return new TextCharset(Charset.forName(v).name());
    }

    /** The text of a dump, and the charset it was read as when that is not the default. */
    record Decoded(String text, String charset) {
    }

    /** Decodes a dump. @throws NotTextException if the bytes are not text in the charset */
    Decoded decode(byte[] bytes) throws NotTextException {
        if (name == null) {
            return new Decoded(TextFiles.decode(bytes), null);
        }
        if (!name.equals("auto")) {
            return new Decoded(strict(bytes, Charset.forName(name)), null);
        }
        try {
            return new Decoded(TextFiles.decode(bytes), null);
        } catch (NotTextException notUtf8) {
            CharsetDetector detector = new CharsetDetector();
            detector.setText(bytes);
            CharsetMatch match = detector.detect();
            if (match == null || !Content.Html.supported(match.getName())) {
                throw notUtf8;
            }
            Charset charset = Charset.forName(match.getName());
            return new Decoded(strict(bytes, charset), charset.name().toLowerCase(Locale.ROOT));
        }
    }

    private static String strict(byte[] bytes, Charset charset) throws NotTextException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new NotTextException("binary file, not text: NUL byte", text.indexOf('\0'));
            }
            return text;
        } catch (CharacterCodingException e) {
            throw new NotTextException("not valid " + charset.name() + " text", 0);
        }
    }
}
