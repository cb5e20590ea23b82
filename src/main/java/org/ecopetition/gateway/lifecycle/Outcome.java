package org.ecopetition.gateway.lifecycle;

/**
 * The answer to a command: applied (the new status and the article it rests on, for the append-only
 * history) or rejected with the reason in Chinese and English. Rejections are values, never exceptions.
 */
public sealed interface Outcome {
  record Applied(CaseStatus status, String article) implements Outcome {}

  record Rejected(String reasonZh, String reasonEn, String article) implements Outcome {}
}
