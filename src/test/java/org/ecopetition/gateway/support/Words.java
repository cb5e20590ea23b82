package org.ecopetition.gateway.support;

import java.nio.file.Path;
import org.ecopetition.gateway.lifecycle.Outcome;
import org.ecopetition.gateway.text.Catalogue;

/** The project's message catalogues, as the gateway loads them, for tests that read a refusal's words. */
public final class Words {
  public static final Catalogue CATALOGUE = Catalogue.load(Path.of("dialogs/messages"));

  private Words() {}

  public static String zh(Outcome o) {
    Outcome.Rejected r = (Outcome.Rejected) o;
    return CATALOGUE.text(r.reason(), "zh", r.vars());
  }

  public static String en(Outcome o) {
    Outcome.Rejected r = (Outcome.Rejected) o;
    return CATALOGUE.text(r.reason(), "en", r.vars());
  }
}
