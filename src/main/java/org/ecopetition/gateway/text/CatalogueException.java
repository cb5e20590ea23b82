package org.ecopetition.gateway.text;

import java.util.List;

/** The message catalogues are unusable: every problem with its file and line; the gateway does not start. */
public final class CatalogueException extends RuntimeException {
  public CatalogueException(List<String> problems) {
    super("message catalogues are invalid:\n  " + String.join("\n  ", problems));
  }
}
