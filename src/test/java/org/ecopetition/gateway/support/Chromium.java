package org.ecopetition.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the page tests, in Chinese, with nothing of its own going to the network. */
public final class Chromium {
  /** The phone the mobile pages are tried on: 390×844 CSS pixels at twice the density, an Android browser's agent. */
  private static final Map<String, Object> PHONE = Map.of(
      "deviceMetrics", Map.of("width", 390, "height", 844, "pixelRatio", 2.0),
      "userAgent", "Mozilla/5.0 (Linux; Android 10; Mobile) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36");

  private Chromium() {}

  /** A new browser; {@code extra} arguments after the common ones (a window size, say). Quit it when done. */
  public static WebDriver start(String... extra) {
    return start(options(extra));
  }

  /** A new browser that is a phone ({@link #PHONE}: its screen, its density, its user agent). Quit it when done. */
  public static WebDriver phone(String... extra) {
    ChromeOptions options = options(extra);
    options.setExperimentalOption("mobileEmulation", PHONE);
    return start(options);
  }

  private static ChromeOptions options(String... extra) {
    List<String> args = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--lang=zh-CN"));
    args.addAll(List.of(extra));
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(args);
    return options;
  }

  private static WebDriver start(ChromeOptions options) {
    File driver = new File("/usr/bin/chromedriver");
    assertThat(driver).as("chromium-driver is installed (apt-get install chromium chromium-driver)").exists();
    return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build(),
        options);
  }
}
