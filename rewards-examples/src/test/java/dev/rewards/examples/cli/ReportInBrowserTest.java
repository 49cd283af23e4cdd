package dev.rewards.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's HTML report as a browser renders it (headless Chromium, from Debian's package in
 * CI): no script error, no element outside the page or outside its chart, costs that went up in red,
 * tiers stacked in tier order, and both programs' charts in compare mode.
 */
class ReportInBrowserTest {
    private static final Path DATA = Path.of("data/brewhouse");

    /** Appended to a copy of the report: records script errors and every element drawn outside the page or its chart. */
    private static final String CHECK = """
            <script>
            window.__errors = [];
            window.addEventListener('error', e => window.__errors.push(String(e.message)));
            window.addEventListener('load', () => {
              const width = document.documentElement.clientWidth, outside = [];
              for (const el of document.querySelectorAll('body *')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 && r.height === 0) continue;
                const what = el.tagName + ' "' + (el.textContent || '').trim().slice(0, 30) + '"';
                if (r.left < -0.5 || r.right > width + 0.5) outside.push('page: ' + what);
                const svg = el.closest('svg');
                if (svg && svg !== el) {
                  const s = svg.getBoundingClientRect();
                  if (r.left < s.left - 0.5 || r.right > s.right + 0.5 || r.top < s.top - 0.5 || r.bottom > s.bottom + 0.5) outside.push('chart: ' + what);
                }
              }
              document.body.setAttribute('data-check', JSON.stringify({errors: window.__errors, outside: outside}));
            });
            </script>
            """;

    static Optional<String> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, name))) return Optional.of(Path.of(dir, name).toString());
            }
        }
        return Optional.empty();
    }

    @Test
    void the_compare_report_renders_with_no_script_error_and_nothing_outside_the_page(@TempDir Path dir) throws Exception {
        Optional<String> browser = chromium();
        if (browser.isEmpty()) {
            if (System.getenv("CI") != null) Assertions.fail("CI is set but no chromium is on the PATH: .ci/run installs Debian's chromium");
            System.err.println("SKIPPED: ReportInBrowserTest needs chromium on the PATH (see .ci/run); the report was not rendered");
            Assumptions.abort("no chromium");
        }
        Path program = DATA.resolve("program.json");
        Path richer = dir.resolve("program-b.json");
        Files.writeString(richer, Files.readString(program).replace("\"factor\": \"2\"", "\"factor\": \"3\"").replace("\"version\": 1", "\"version\": 2"));
        Path report = dir.resolve("report.html");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        RewardsCli cli = new RewardsCli(new PrintStream(sink, true, StandardCharsets.UTF_8), new PrintStream(sink, true, StandardCharsets.UTF_8));
        assertThat(cli.run("simulate", "--program", program.toString(), "--compare", richer.toString(), "--synthetic", "2000",
                "--format", "html", "--out", report.toString())).as(sink.toString(StandardCharsets.UTF_8)).isZero();
        String html = Files.readString(report);
        Path checked = dir.resolve("checked.html");
        Files.writeString(checked, html.replace("</head>", CHECK + "</head>"));

        Process p = new ProcessBuilder(browser.get(), "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1100,3000", "--dump-dom", checked.toUri().toString())
                .redirectError(dir.resolve("chromium.log").toFile()).start();
        String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();

        Matcher m = Pattern.compile("data-check=\"([^\"]*)\"").matcher(dom);
        assertThat(m.find()).as("the check ran in the browser; chromium said: %s", readLog(dir)).isTrue();
        String check = m.group(1).replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        assertThat(check).isEqualTo("{\"errors\":[],\"outside\":[]}");

        // both programs' charts, costs up in red, tiers stacked lowest first with the legend highest first
        assertThat(html).contains("<h2>Points by rule: brewhouse v1</h2>", "<h2>Points by rule: brewhouse v2</h2>",
                "Members per tier at the end of each month: brewhouse v2");
        assertThat(html).containsPattern("points issued</td><td>[^<]*</td><td>[^<]*</td><td class=\"bad\">\\+");
        assertThat(html.indexOf(">gold</text>")).isLessThan(html.indexOf(">green</text>"));
    }

    private static String readLog(Path dir) {
        try {
            return Files.readString(dir.resolve("chromium.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
