package org.ecopetition.gateway.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.Test;

/**
 * The shared feature index (each feature looked up once for all the models) gives the probabilities that
 * OpenNLP's own categorizer gives for the same tokens, for every model and label.
 */
class ClassifiersTest {
  static final List<String> TEXTS = List.of(
      "河里的鱼全翻白了，上游的化工厂晚上偷排废水，我叫李建平，电话13912345678",
      "你好，请问我上个月反映的噪音问题处理得怎么样了",
      "小区楼下烧烤店油烟太大，窗户都不敢开",
      "the factory next to the school releases black smoke and the kids are coughing",
      "建议在河道两边多种树，把垃圾站搬远一点",
      "举报县环保局的执法人员收了养猪场老板的钱，对偷排视而不见");

  @Test
  void theSharedIndexGivesOpenNlpsOwnProbabilities() throws Exception {
    Gazetteer g = Gazetteer.bundled();
    Classifiers classifiers = Classifiers.bundled();
    assertThat(classifiers.indexed()).as("the shared feature table is built").isTrue();
    assertThat(classifiers.prefixed()).as("the bag-of-words features are located from the tokens").isTrue();
    for (String name : Classifiers.NAMES) {
      DocumentCategorizerME own;
      try (InputStream in = Classifiers.class.getResourceAsStream("/nlp-models/models/" + name + ".bin")) {
        own = new DocumentCategorizerME(new DoccatModel(in));
      }
      for (String raw : TEXTS) {
        String text = Normaliser.normalise(raw);
        String[] tokens = Tokens.of(text, HanLp.seg(g, text));
        Map<String, Double> shared = classifiers.scores(name, classifiers.text(tokens));
        // the extractor's way: the bigrams hashed where they stand in the text, no string made for them
        Tokens.Split split = Tokens.split(text, HanLp.seg(g, text));
        assertThat(split.all()).isEqualTo(tokens);
        assertThat(classifiers.scores(name, classifiers.text(split))).as(name + ": " + raw).isEqualTo(shared);
        double[] p = own.categorize(tokens);
        assertThat(shared).as(name).hasSize(p.length);
        for (int i = 0; i < p.length; i++) {
          assertThat(shared.get(own.getCategory(i))).as(name + " " + own.getCategory(i) + ": " + raw).isCloseTo(p[i], within(1e-12));
        }
      }
    }
  }
}
