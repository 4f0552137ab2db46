package dev.winnow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The library's module exports the API package alone and needs nothing but jsoup. */
class ModuleTest {
    @Test
    void theModuleExportsTheApiAlone() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("target", "classes", "module-info.class"))) {
            ModuleDescriptor module = ModuleDescriptor.read(in);
            assertThat(module.name()).isEqualTo("dev.winnow.core");
            assertThat(module.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.winnow");
            assertThat(module.exports()).allMatch(e -> !e.isQualified());
            assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("java.base", "org.jsoup");
            assertThat(module.opens()).isEmpty();
        }
    }
}
