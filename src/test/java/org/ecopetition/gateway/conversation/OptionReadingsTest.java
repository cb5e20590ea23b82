package org.ecopetition.gateway.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopetition.gateway.dialog.DialogEngine;
import org.ecopetition.gateway.dialog.DialogLoader;
import org.ecopetition.gateway.nlp.Classifiers;
import org.ecopetition.gateway.nlp.Extraction;
import org.ecopetition.gateway.nlp.Extractor;
import org.ecopetition.gateway.nlp.Gazetteer;
import org.ecopetition.gateway.nlp.HanLpExtractor;
import org.ecopetition.gateway.support.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A button press is read once per instance: the extraction kept for an option's text is the one a fresh extractor
 * makes of it, a second press calls no extractor, and whatever a petitioner types in words is read every time and
 * never kept.
 */
class OptionReadingsTest {
  static final Gazetteer GAZETTEER = Gazetteer.bundled();
  static final Extractor FRESH = new HanLpExtractor(GAZETTEER, Classifiers.bundled());
  static final DialogEngine ENGINE = new DialogEngine(DialogLoader.load(Path.of("dialogs")), Map.of(),
      name -> Optional.empty(), TestClock.CLOCK, Duration.ofMinutes(30));

  /** The gateway's extractor (another instance of it), its calls counted. */
  private static final class Counting implements Extractor {
    final Extractor inner = new HanLpExtractor(GAZETTEER, Classifiers.bundled());
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public Extraction extract(String text) {
      calls.incrementAndGet();
      return inner.extract(text);
    }
  }

  @Test
  void everyOptionTextIsReadOnceAndAsAFreshExtractorReadsIt() {
    Counting counting = new Counting();
    OptionReadings readings = new OptionReadings(counting, ENGINE.optionTexts());
    List<String> options = new ArrayList<>(ENGINE.optionTexts());
    // The dialogs' buttons and commands, in both languages.
    assertThat(options).contains("确认提交", "修改", "是", "否", "新的反映", "返回上一步", "投诉污染或提出诉求", "实名反映",
        "不同意透露", "Submit", "Yes");
    for (String o : options) {
      assertThat(readings.known(o)).as(o).isNull();
      assertThat(readings.read(o, false)).as(o).isEqualTo(FRESH.extract(o));
    }
    assertThat(counting.calls).hasValue(options.size());
    for (String o : options) {
      assertThat(readings.known(o)).as(o).isEqualTo(FRESH.extract(o));
    }
    assertThat(counting.calls).as("no second reading of an option").hasValue(options.size());
  }

  @Test
  void whatIsTypedInWordsIsReadEveryTimeAndNeverKept() {
    Counting counting = new Counting();
    OptionReadings readings = new OptionReadings(counting, ENGINE.optionTexts());
    String typed = "我叫王建国，电话13812345678，厂里排的废气熏得人头晕，有人晕倒了";
    Extraction first = readings.read(typed, false);
    assertThat(readings.known(typed)).isNull();
    Extraction second = readings.read(typed, false);
    assertThat(first).isEqualTo(second).isEqualTo(FRESH.extract(typed));
    assertThat(first.flag("lifeSafety") || first.flag("urgent")).isTrue();
    assertThat(counting.calls).hasValue(2);
    assertThat(readings.size()).isZero();
  }

  @Test
  void aButtonTheConversationOffersIsKeptAndOnlyThen() {
    Counting counting = new Counting();
    OptionReadings readings = new OptionReadings(counting, ENGINE.optionTexts());
    // A place's button: not one of the dialogs' texts, kept because the conversation offered it.
    String place = "江宁区";
    assertThat(ENGINE.optionTexts()).doesNotContain(place);
    readings.read(place, true);
    assertThat(readings.known(place)).isEqualTo(FRESH.extract(place));
    String notOffered = "南京市鼓楼区";
    readings.read(notOffered, false);
    assertThat(readings.known(notOffered)).isNull();
    assertThat(readings.size()).isEqualTo(1);
  }
}
