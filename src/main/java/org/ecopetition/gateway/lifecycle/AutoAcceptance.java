package org.ecopetition.gateway.lifecycle;

/**
 * Art 17(1)(1): which matters a deployment may accept at registration, without a person deciding. Only a
 * complaint asking the department to perform its statutory duties (Art 24(1)(3)) that the routing found to
 * be this level's own, in a known place, accusing nobody: anything that needs judgement (an accusation, an
 * opinion letter matter, a transfer, a referral, a repeat, an unclear place) waits for staff.
 */
public final class AutoAcceptance {
  private AutoAcceptance() {}

  /** {@code competentHere}: the routing proposal is to accept at this level (which implies a known place). */
  public static boolean clear(boolean competentHere, String category, Integer subtype, String accused) {
    return competentHere && "申诉求决".equals(category) && subtype != null && subtype == 3
        && (accused == null || accused.isBlank());
  }
}
