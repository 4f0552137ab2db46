import dev.winnow.Result;
import dev.winnow.Winnow;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints every line of a text dump with its label, then the clean article. */
public class Example {
    public static void main(String[] args) throws Exception {
        Result result = Winnow.clean(Files.readString(Path.of(args[0])));
        result.lines().forEach(line -> System.out.println(line.label() + "\t" + line.text()));
        System.out.println(result.text());
    }
}
