package org.ecopetition.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium for the page tests, in Chinese, with nothing of its own going to the network. */
public final class Chromium {
  private Chromium() {}

  /** A new browser; {@code extra} arguments after the common ones (a window size, say). Quit it when done. */
  public static WebDriver start(String... extra) {
    File driver = new File("/usr/bin/chromedriver");
    assertThat(driver).as("chromium-driver is installed (apt-get install chromium chromium-driver)").exists();
    List<String> args = new ArrayList<>(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=zh-CN"));
    args.addAll(List.of(extra));
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(args);
    return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort().build(),
        options);
  }
}
