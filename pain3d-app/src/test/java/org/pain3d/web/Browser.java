package org.pain3d.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromedriver}
 * (or {@code PAIN3D_CHROMIUM} / {@code PAIN3D_CHROMEDRIVER}), started with the flags this
 * machine needs (no sandbox as root, no GPU, no background networking, a fresh profile).
 * Tests are skipped, with a message saying what to install, when either is missing.
 */
final class Browser implements AutoCloseable {
  /** Where screenshots are kept (test artefacts). */
  static final Path SHOTS = Path.of("target", "browser-screenshots");

  final WebDriver driver;
  private final ChromeDriverService service;
  private final Path profile;

  private Browser(WebDriver driver, ChromeDriverService service, Path profile) {
    this.driver = driver;
    this.service = service;
    this.profile = profile;
  }

  /**
   * Why the browser tests cannot run here.
   *
   * @return the reason, or null when Chromium and ChromeDriver are installed
   */
  static String missing() {
    Path chromium = Path.of(env("PAIN3D_CHROMIUM", "/usr/bin/chromium"));
    Path chromedriver = Path.of(env("PAIN3D_CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
      return null;
    }
    return "browser tests skipped: no " + (Files.isExecutable(chromium) ? chromedriver : chromium)
        + " (install Debian's chromium and chromium-driver, or set PAIN3D_CHROMIUM / PAIN3D_CHROMEDRIVER)";
  }

  /** Starts the browser, or skips the calling test when none is installed. */
  static Browser start() throws IOException {
    String missing = missing();
    assumeTrue(missing == null, missing);
    Path chromium = Path.of(env("PAIN3D_CHROMIUM", "/usr/bin/chromium"));
    Path chromedriver = Path.of(env("PAIN3D_CHROMEDRIVER", "/usr/bin/chromedriver"));
    Path profile = Files.createTempDirectory("pain3d-chromium");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(chromium.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
    WebDriver d = new ChromeDriver(service, o);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    Files.createDirectories(SHOTS);
    return new Browser(d, service, profile);
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /**
   * Waits (up to 90 s: renders are slow on a loaded CPU) until the condition holds; an element
   * that the page replaced while the condition read it (stale) counts as not yet.
   */
  <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(90))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition::apply);
  }

  /**
   * Saves a screenshot of the whole page (up to 3000 px tall) as {@code
   * target/browser-screenshots/NAME.png}.
   */
  Path shot(String name) throws IOException {
    Dimension window = driver.manage().window().getSize();
    Object h = ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight");
    int height = Math.min(3000, Math.max(window.getHeight(), ((Number) h).intValue() + 140));
    driver.manage().window().setSize(new Dimension(window.getWidth(), height));
    try {
      File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
      Path out = SHOTS.resolve(name + ".png");
      Files.copy(f.toPath(), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return out;
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      try (var s = Files.walk(profile)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // a temporary profile left behind
      }
    }
  }
}
