package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopetition.gateway.lifecycle.NoticePlan.Channel.LETTER;
import static org.ecopetition.gateway.lifecycle.NoticePlan.Channel.PHONE;
import static org.ecopetition.gateway.lifecycle.NoticePlan.Channel.SMS;
import static org.ecopetition.gateway.lifecycle.NoticePlan.Channel.WEB;

import org.junit.jupiter.api.Test;

/** Art 17: a written notice by web, SMS or letter; none at all only where no contact is known. */
class NoticePlanTest {

  @Test
  void theConversationAndAMobileBothCarryIt() {
    assertThat(NoticePlan.channels(false, true, true, true, true, true)).containsExactly(WEB, SMS);
    assertThat(NoticePlan.channels(false, true, true, true, true, false)).containsExactly(WEB);
  }

  @Test
  void aLetterOnlyWhereNothingFasterReaches() {
    assertThat(NoticePlan.channels(false, false, false, false, true, true)).containsExactly(LETTER);
    assertThat(NoticePlan.channels(false, false, true, true, true, true)).containsExactly(SMS);
    assertThat(NoticePlan.channels(false, false, true, true, true, false)).containsExactly(LETTER);
  }

  @Test
  void aLandlineOrAMobileWithoutSmsIsCalled() {
    assertThat(NoticePlan.channels(false, false, false, true, false, true)).containsExactly(PHONE);
    assertThat(NoticePlan.channels(false, false, true, true, false, false)).containsExactly(PHONE);
  }

  @Test
  void noContactOrAnAnonymousLetterIsTheArt17Exception() {
    assertThat(NoticePlan.channels(false, false, false, false, false, true)).isEmpty();
    assertThat(NoticePlan.channels(true, false, true, true, true, true)).isEmpty();
    // Anonymous in a chat: the conversation itself still carries the notice.
    assertThat(NoticePlan.channels(true, true, false, false, false, true)).containsExactly(WEB);
  }

  /** Correction 5: a written opinion goes electronically only with consent; otherwise by letter. */
  @Test
  void anOpinionIsDeliveredElectronicallyOnlyWithConsentAndOtherwiseByLetter() {
    assertThat(NoticePlan.opinionChannels(false, true, true, true, true, false)).containsExactly(WEB, LETTER);
    assertThat(NoticePlan.opinionChannels(false, true, true, true, true, true)).containsExactly(WEB, SMS);
    assertThat(NoticePlan.opinionChannels(false, false, true, true, true, true)).containsExactly(SMS);
    assertThat(NoticePlan.opinionChannels(false, false, true, true, false, true)).containsExactly(LETTER);
    // A call never delivers a written opinion; nothing deliverable leaves it on the worklist.
    assertThat(NoticePlan.opinionChannels(false, false, true, false, true, false)).isEmpty();
    assertThat(NoticePlan.opinionChannels(true, true, false, false, false, true)).containsExactly(WEB);
  }
}
