package org.dangjian.io.bulletin.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.io.DangjianExporter;
import org.dangjian.io.ExportOptions;
import org.dangjian.testkit.SampleBulletins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PrintOptions;

/**
 * Opens the HTML page of bulletins in headless Chromium, as a reader would: Debian's {@code
 * /usr/bin/chromium} driven through {@code /usr/bin/chromedriver} by Selenium WebDriver, both paths
 * given explicitly so that Selenium Manager never looks for or downloads a browser or a driver. It
 * takes a screenshot (io/target/chromium/issue62.png), reads the browser console and the figures of
 * the statistics table as rendered, and prints the page to PDF to see the sheets. Without the two
 * Debian packages the test fails, naming the command that installs them.
 */
class ChromiumRenderTest {

  /** Debian's Chromium; {@code -Ddangjian.chromium.binary=PATH} names another. */
  private static final Path CHROMIUM =
      Path.of(System.getProperty("dangjian.chromium.binary", "/usr/bin/chromium"));

  /** Debian's ChromeDriver; {@code -Ddangjian.chromium.driver=PATH} names another. */
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("dangjian.chromium.driver", "/usr/bin/chromedriver"));

  private static final String INSTALL = "apt-get install -y chromium chromium-driver";
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 1400;
  private static final Path OUT = Path.of("target", "chromium");

  /** The size of a PDF page in points; A4 is 595.3 x 841.9 pt. */
  private static final Pattern MEDIA_BOX =
      Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]");

  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])");

  private static ChromeDriverService service;
  private static ChromeDriver driver;

  @BeforeAll
  static void startChromium() throws IOException {
    for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
      assertThat(Files.isExecutable(binary))
          .as(
              "%s is missing: the HTML bulletin test needs Debian's Chromium and its driver;"
                  + " install them with `%s` (as root, after apt-get update)",
              binary, INSTALL)
          .isTrue();
    }
    Files.createDirectories(OUT);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=" + WIDTH + "," + HEIGHT,
        "--force-device-scale-factor=1",
        "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      throw e;
    }
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stopChromium() {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      if (service != null) {
        service.stop();
      }
    }
  }

  @Test
  void issue62RendersWithoutConsoleErrorsAndShowsTheStatistics() throws IOException {
    Path file = OUT.resolve("issue62.html");
    DangjianExporter.of(ExportOptions.defaults())
        .write(Dataset.builder().addBulletin(SampleBulletins.issue62()).build(), file);

    List<LogEntry> console = open(file);

    assertThat(severe(console)).as("console errors of %s", file).isEmpty();
    assertThat(driver.getTitle()).isEqualTo("党群工作简报 2024.1 第1期 总第62期");
    WebElement table = driver.findElement(By.cssSelector("table.statistics"));
    assertThat(table.isDisplayed()).isTrue();
    assertThat(table.findElement(By.tagName("caption")).getText()).isEqualTo("截至2024年1月31日");
    assertThat(value("memberTotal")).isEqualTo("3096");
    assertThat(value("probationaryMembers")).isEqualTo("197");
    assertThat(value("shareOfEmployeesPercent") + unit("shareOfEmployeesPercent")).isEqualTo("10%");
    assertThat(value("organizationTotal")).isEqualTo("134");
    assertThat(value("partyCommittees")).isEqualTo("16");
    assertThat(value("generalBranches")).isEqualTo("4");
    assertThat(value("branches")).isEqualTo("114");
    assertThat(table.findElements(By.cssSelector("tbody > tr")))
        .extracting(WebElement::getText)
        .containsExactly(
            "党员总数 3096 名",
            "预备党员 197 名",
            "占职工比例 10 %",
            "党组织总数 134 家",
            "党委 16 家",
            "党总支 4 家",
            "党支部 114 家",
            "发展党员 45 名",
            "党员先锋岗 60 个");
    WebElement title = driver.findElement(By.cssSelector("h1.masthead-title"));
    assertThat(title.getCssValue("color")).isEqualTo("rgba(204, 0, 0, 1)");
    assertThat(
            driver.findElement(By.cssSelector("hr.masthead-rule")).getCssValue("border-top-color"))
        .isEqualTo("rgba(204, 0, 0, 1)");

    List<?> viewport =
        (List<?>)
            driver.executeScript(
                "return [window.innerWidth, window.innerHeight, window.devicePixelRatio];");
    assertThat(viewport).hasSize(3).first().isEqualTo((long) WIDTH);
    assertThat(viewport.get(2)).as("device pixel ratio").isEqualTo(1L);
    long viewportHeight = (Long) viewport.get(1);
    assertThat(viewportHeight).isGreaterThan(1000L);
    byte[] png = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve("issue62.png"), png);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(viewportHeight);
    Pixels pixels = Pixels.of(image);
    assertThat(pixels.dark).as("text pixels").isGreaterThan(10_000);
    assertThat(pixels.red).as("red masthead pixels").isGreaterThan(2_000);
    assertThat(pixels.firstRedRow).as("first red row").isLessThan(image.getHeight() / 4);
  }

  @Test
  void theConsoleCheckCatchesAnErrorThePageLogs() throws IOException {
    Path file = OUT.resolve("console-error.html");
    Files.writeString(
        file,
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>控制台</title>"
            + "</head><body><p>正文</p><script>console.error('故意的错误 deliberate-error');</script>"
            + "</body></html>\n",
        StandardCharsets.UTF_8);

    List<LogEntry> console = open(file);

    assertThat(severe(console))
        .singleElement()
        .satisfies(entry -> assertThat(entry.getMessage()).contains("deliberate-error"));
  }

  @Test
  void everyBulletinStartsANewA4SheetWhenPrinted() throws IOException {
    Path file = OUT.resolve("two-bulletins.html");
    String page =
        HtmlFixtures.page(List.of(HtmlFixtures.small(62, "一月要闻"), HtmlFixtures.small(63, "二月要闻")));
    Files.writeString(file, page, StandardCharsets.UTF_8);
    Path control = OUT.resolve("two-bulletins-without-break.html");
    Files.writeString(
        control,
        page.replace("article.bulletin + article.bulletin { break-before: page; }", ""),
        StandardCharsets.UTF_8);

    String pdf = print(file, 2);
    assertThat(pages(pdf)).as("pages of %s.pdf", file).isEqualTo(2);
    assertThat(pages(print(control, 2))).as("pages of %s.pdf", control).isEqualTo(1);
    Matcher box = MEDIA_BOX.matcher(pdf);
    while (box.find()) {
      assertThat(Double.parseDouble(box.group(1)))
          .as("sheet width in pt")
          .isCloseTo(595.3, within(1.0));
      assertThat(Double.parseDouble(box.group(2)))
          .as("sheet height in pt")
          .isCloseTo(841.9, within(1.0));
    }
    assertThat(MEDIA_BOX.matcher(pdf).results().count()).isEqualTo(2);
  }

  /**
   * Opens {@code file}, waits until its fonts are loaded, and returns what the page logged to the
   * console meanwhile.
   */
  private static List<LogEntry> open(Path file) {
    driver.manage().logs().get(LogType.BROWSER);
    driver.get(file.toUri().toString());
    Object state =
        driver.executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " document.fonts.ready.then(() => done(document.readyState));");
    assertThat(state).as("document.readyState of %s", file).isEqualTo("complete");
    assertThat(driver.getCurrentUrl()).isEqualTo(file.toUri().toString());
    return driver.manage().logs().get(LogType.BROWSER).getAll();
  }

  private static List<LogEntry> severe(List<LogEntry> console) {
    return console.stream().filter(entry -> entry.getLevel().equals(Level.SEVERE)).toList();
  }

  /** The rendered text of the value cell of {@code figure}, which must be displayed. */
  private static String value(String figure) {
    WebElement cell = driver.findElement(By.cssSelector("td.value[data-figure='" + figure + "']"));
    assertThat(cell.isDisplayed()).as("%s is displayed", figure).isTrue();
    return cell.getText();
  }

  /** The rendered text of the unit cell in the row of {@code figure}. */
  private static String unit(String figure) {
    return driver
        .findElement(By.cssSelector("tr:has(> td[data-figure='" + figure + "']) > td.unit"))
        .getText();
  }

  /**
   * Prints {@code file} as Chromium prints to PDF (print media, the page's {@code @page} size),
   * keeps the PDF next to it and returns its bytes as Latin-1 text.
   */
  private static String print(Path file, int articles) throws IOException {
    open(file);
    assertThat(driver.findElements(By.cssSelector("article.bulletin"))).hasSize(articles);
    byte[] pdf = Base64.getDecoder().decode(driver.print(new PrintOptions()).getContent());
    Files.write(Path.of(file + ".pdf"), pdf);
    return new String(pdf, StandardCharsets.ISO_8859_1);
  }

  /** The number of page objects of a PDF that Chromium printed (its dictionaries are plain). */
  private static long pages(String pdf) {
    return PAGE.matcher(pdf).results().count();
  }

  /** Counts of dark (text) and red (masthead) pixels of a screenshot. */
  private static final class Pixels {
    int dark;
    int red;
    int firstRedRow = Integer.MAX_VALUE;

    static Pixels of(BufferedImage image) {
      Pixels pixels = new Pixels();
      for (int y = 0; y < image.getHeight(); y++) {
        for (int x = 0; x < image.getWidth(); x++) {
          int rgb = image.getRGB(x, y);
          int r = (rgb >> 16) & 0xff;
          int g = (rgb >> 8) & 0xff;
          int b = rgb & 0xff;
          if (r < 100 && g < 100 && b < 100) {
            pixels.dark++;
          } else if (r > 160 && g < 70 && b < 70) {
            pixels.red++;
            pixels.firstRedRow = Math.min(pixels.firstRedRow, y);
          }
        }
      }
      return pixels;
    }

    @Override
    public String toString() {
      return "dark=" + dark + " red=" + red + " firstRedRow=" + firstRedRow;
    }
  }
}
