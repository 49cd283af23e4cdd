package dev.rewards.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** PR2: the BOM names every library artifact at the build's own version. */
class DistributionTest {
    static String version(String pom) {
        Matcher m = Pattern.compile("(?s)<artifactId>rewards-(?:parent|bom)</artifactId>\\s*<version>(.*?)</version>").matcher(pom);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void the_bom_manages_every_library_module_at_the_parents_version() throws IOException {
        String parent = Files.readString(Path.of("../pom.xml"));
        String bom = Files.readString(Path.of("../rewards-bom/pom.xml"));

        assertThat(version(bom)).isEqualTo(version(parent));
        for (String module : List.of("rewards-core", "rewards-rules", "rewards-custom-rules", "rewards-test")) {
            assertThat(parent).contains("<module>" + module + "</module>");
            assertThat(bom).containsPattern("<artifactId>" + module + "</artifactId>\\s*<version>" + Pattern.quote(version(parent)) + "</version>");
        }
    }

    @Test
    void the_spring_boot_samples_use_the_librarys_own_version() throws IOException {
        String parent = Files.readString(Path.of("../pom.xml"));
        for (String sample : List.of("spring-boot-3", "spring-boot-4")) {
            assertThat(parent).contains("<module>rewards-examples/" + sample + "</module>");
            assertThat(Files.readString(Path.of(sample, "pom.xml"))).contains("<rewards.version>" + version(parent) + "</rewards.version>");
        }
    }
}
