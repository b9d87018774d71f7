package org.pain3d.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.pain3d.face.FaceModel;
import org.pain3d.render.View;
import org.pain3d.testing.RealFaceModel;

/**
 * The three views in headless Chromium, against a server on a dataset and a run made here:
 * the rig re-renders when an AU slider is dragged (image and PSPI change), the browser opens a
 * dataset and a detail page, the model view predicts from uploads and from picked images.
 * Screenshots are kept in {@code target/browser-screenshots/}. Uses the real face model when
 * {@code PAIN3D_FACE_MODEL} is set, else the tiny test model.
 */
@Tag("browser")
@Tag("slow")
class BrowserTest {
  @TempDir static Path tmp;
  static Path data;
  static WebServer server;
  static Browser browser;
  static String base;

  @BeforeAll
  static void start() throws IOException {
    if (Browser.missing() != null) {
      System.err.println("pain3d: " + Browser.missing());
      return;
    }
    browser = Browser.start();
    String env = System.getenv("PAIN3D_FACE_MODEL");
    FaceModel model = env != null && !env.isBlank() ? RealFaceModel.get() : WebFixtures.tinyModel(tmp);
    data = WebFixtures.dataset(model, tmp.resolve("data"), 6, List.of(View.frontal(), View.yaw(-30)), 160);
    Path run = WebFixtures.run(data, tmp.resolve("run"));
    server = WebServer.start(ServeConfig.defaults().withAddress("127.0.0.1", 0)
        .withFolders(List.of(data), List.of(run)), model);
    base = "http://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void needsABrowser() {
    assumeTrue(browser != null, Browser.missing());
  }

  private static WebElement find(String css) {
    return browser.driver.findElement(By.cssSelector(css));
  }

  private static int renders() {
    String r = find("#view-rig").getAttribute("data-renders");
    return r == null ? 0 : Integer.parseInt(r);
  }

  private static boolean loaded(WebElement img) {
    Object ok = ((JavascriptExecutor) browser.driver).executeScript(
        "return arguments[0].complete && arguments[0].naturalWidth > 0", img);
    return Boolean.TRUE.equals(ok);
  }

  @Test
  void rigRerendersWhenAnAuSliderIsDragged() throws IOException {
    browser.driver.get(base + "#/rig");
    browser.until(d -> renders() >= 1 && loaded(find("#rig-pain")) && loaded(find("#rig-neutral")));
    String before = find("#rig-pain").getAttribute("src");
    assertThat(find("#rig-pspi").getText()).isEqualTo("0");
    browser.shot("rig-neutral");

    WebElement au4 = find("#au-AU4");
    int width = au4.getSize().getWidth();
    new Actions(browser.driver).clickAndHold(au4).moveByOffset(-width / 2 + 2, 0).pause(200)
        .moveByOffset(width * 3 / 5, 0).pause(200).release().perform();
    browser.until(d -> !"0".equals(find("#rig-pspi").getText()));
    String au4Value = find("#au-AU4").getAttribute("value");
    assertThat(Integer.parseInt(au4Value)).isBetween(1, 5);
    browser.until(d -> find("#rig-pspi").getText().equals(au4Value));
    browser.until(d -> !find("#rig-pain").getAttribute("src").equals(before));
    assertThat(find("#rig-formula").getText()).contains("AU4 " + au4Value).endsWith("= " + au4Value);

    find("#rig-sample-pspi").clear();
    find("#rig-sample-pspi").sendKeys("11");
    find("#rig-sample").click();
    browser.until(d -> find("#rig-pspi").getText().equals("11"));
    find("#rig-heatmap").click();
    find("#rig-landmarks").click();
    browser.until(d -> find("#view-rig").findElements(By.cssSelector(".stage svg circle")).size() == 2 * 68);
    browser.until(d -> d.findElement(By.cssSelector("figcaption")).isDisplayed()
        && find("#view-rig").getText().contains("heatmap over the face"));
    // Counted before the change: a fast render (the tiny model) can finish before a count read after it.
    int n = renders();
    new Select(find("#rig-ethnicity")).selectByVisibleText("Black");
    browser.until(d -> renders() > n && loaded(find("#rig-pain")));
    browser.shot("rig-pain-heatmap-landmarks");

    String studio = find("#rig-pain").getAttribute("src");
    new Select(find("#rig-scene")).selectByVisibleText("bedside");
    browser.until(d -> !find("#rig-pain").getAttribute("src").equals(studio));
    String bedside = find("#rig-pain").getAttribute("src");
    find("#rig-scene-seed").clear();
    find("#rig-scene-seed").sendKeys("9\n");
    browser.until(d -> !find("#rig-pain").getAttribute("src").equals(bedside));
    browser.shot("rig-bedside-scene");
  }

  @Test
  void browserOpensADatasetAndADetailPage() throws IOException {
    browser.driver.get(base + "#/data");
    browser.until(d -> d.findElements(By.cssSelector("#data-grid .card img")).size() >= 10
        && d.findElements(By.cssSelector("#data-grid .card img")).stream().allMatch(BrowserTest::loaded));
    browser.until(d -> find("#data-count").getText().endsWith("of 36"));
    browser.shot("data-grid");

    new Select(find("#filter-kind")).selectByVisibleText("pain");
    browser.until(d -> find("#data-count").getText().endsWith("of 24"));
    new Select(find("#filter-view")).selectByVisibleText("1");
    browser.until(d -> find("#data-count").getText().endsWith("of 12"));

    find("#data-grid .card").click();
    browser.until(d -> d.findElements(By.cssSelector("#detail-views .stage img")).size() >= 4
        && d.findElements(By.cssSelector("#detail-views .stage img")).stream().allMatch(BrowserTest::loaded));
    assertThat(find("#detail-title").getText()).contains("_pain_").contains("pain");
    assertThat(browser.driver.findElements(By.cssSelector("#detail-views svg circle"))).hasSize(2 * 68);
    assertThat(loaded(find("#detail-heatmap img"))).isTrue();
    browser.shot("data-detail");

    find("#detail-back").click();
    browser.until(d -> d.findElements(By.cssSelector("#data-tab-inspect")).size() == 1);
    find("#data-tab-inspect").click();
    browser.until(d -> d.findElements(By.cssSelector("#inspect-ok")).size() == 1);
    assertThat(browser.driver.findElements(By.cssSelector("#inspect-charts .chart"))).hasSizeGreaterThan(6);
    browser.shot("data-inspect");
    find("#data-tab-samples").click();
  }

  @Test
  void modelViewShowsCurvesAndPredicts() throws IOException {
    browser.driver.get(base + "#/model");
    browser.until(d -> d.findElements(By.cssSelector("#model-curves polyline")).size() >= 3);
    browser.until(d -> loaded(find("#model-report")));
    find("#predict-neutral").sendKeys(data.resolve("images/sample_00001_neutral_view_0.png").toString());
    find("#predict-frame").sendKeys(data.resolve("images/sample_00001_pain_2_view_0.png").toString());
    find("#predict-go").click();
    browser.until(d -> d.findElements(By.cssSelector("#predict-pspi-0")).size() == 1);
    double pspi = Double.parseDouble(find("#predict-pspi-0").getText());
    assertThat(pspi).isBetween(0.0, 16.0);
    assertThat(find("#predict-result").getText()).contains("P(PSPI ≥ 1)", "AU43", "RANDOM-INIT");
    browser.shot("model-predict-upload");

    // picked from the dataset's detail page
    browser.driver.get(base + "#/data/0/set/sample_00002_pain_1");
    browser.until(d -> d.findElements(By.cssSelector("#detail-predict")).size() == 1);
    find("#detail-predict").click();
    browser.until(d -> d.findElements(By.cssSelector("#predict-frame-path")).size() == 1);
    browser.until(d -> "images/sample_00002_pain_1_view_0.png"
        .equals(find("#predict-frame-path").getAttribute("value")));
    find("#predict-go").click();
    browser.until(d -> d.findElements(By.cssSelector("#predict-pspi-0")).size() == 1);
    assertThat(find("#predict-result").getText()).contains("dataset 0:images/sample_00002_pain_1_view_0.png");
    browser.shot("model-predict-picked");
  }
}
