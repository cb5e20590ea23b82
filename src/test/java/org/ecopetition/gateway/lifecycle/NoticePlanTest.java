package org.ecopetition.gateway.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopetition.gateway.lifecycle.NoticePlan.Channel.LETTER;
import static org.ecopetition.gateway.lifecycle.NoticePlan.Channel.PHONE;
import static org.ecopetition.gateway.lifecycle.NoticePlan.Channel.SMS;
import static org.ecopetition.gateway.lifecycle.NoticePlan.Channel.WEB;
import static org.ecopetition.gateway.lifecycle.NoticePlan.Channel.WECHAT;

import org.junit.jupiter.api.Test;

/** Art 17: a written notice by web, WeChat, SMS or letter; none at all only where no contact is known. */
class NoticePlanTest {

  @Test
  void theConversationAndAMobileBothCarryIt() {
    assertThat(NoticePlan.channels(false, true, true, true, true, true, false)).containsExactly(WEB, SMS);
    assertThat(NoticePlan.channels(false, true, true, true, true, false, false)).containsExactly(WEB);
  }

  @Test
  void aLetterOnlyWhereNothingFasterReaches() {
    assertThat(NoticePlan.channels(false, false, false, false, true, true, false)).containsExactly(LETTER);
    assertThat(NoticePlan.channels(false, false, true, true, true, true, false)).containsExactly(SMS);
    assertThat(NoticePlan.channels(false, false, true, true, true, false, false)).containsExactly(LETTER);
  }

  @Test
  void aLandlineOrAMobileWithoutSmsIsCalled() {
    assertThat(NoticePlan.channels(false, false, false, true, false, true, false)).containsExactly(PHONE);
    assertThat(NoticePlan.channels(false, false, true, true, false, false, false)).containsExactly(PHONE);
  }

  @Test
  void noContactOrAnAnonymousLetterIsTheArt17Exception() {
    assertThat(NoticePlan.channels(false, false, false, false, false, true, false)).isEmpty();
    assertThat(NoticePlan.channels(true, false, true, true, true, true, false)).isEmpty();
    // Anonymous in a chat: the conversation itself still carries the notice.
    assertThat(NoticePlan.channels(true, true, false, false, false, true, false)).containsExactly(WEB);
  }

  /** Correction 5: a written opinion goes electronically only with consent; otherwise by letter. */
  @Test
  void anOpinionIsDeliveredElectronicallyOnlyWithConsentAndOtherwiseByLetter() {
    assertThat(NoticePlan.opinionChannels(false, true, true, true, true, false, false)).containsExactly(WEB, LETTER);
    assertThat(NoticePlan.opinionChannels(false, true, true, true, true, true, false)).containsExactly(WEB, SMS);
    assertThat(NoticePlan.opinionChannels(false, false, true, true, true, true, false)).containsExactly(SMS);
    assertThat(NoticePlan.opinionChannels(false, false, true, true, false, true, false)).containsExactly(LETTER);
    // A call never delivers a written opinion; nothing deliverable leaves it on the worklist.
    assertThat(NoticePlan.opinionChannels(false, false, true, false, true, false, false)).isEmpty();
    assertThat(NoticePlan.opinionChannels(true, true, false, false, false, true, false)).containsExactly(WEB);
  }

  /**
   * Correction 10: a WeChat petitioner who subscribed (or an account with template messages) is told by WeChat, SMS
   * only as the fallback when WeChat refuses; anonymous too (the OpenID is the conversation's address).
   */
  @Test
  void aWeChatPetitionerIsToldByWeChatWithSmsOnlyAsTheFallback() {
    assertThat(NoticePlan.channels(false, true, true, true, true, true, true)).containsExactly(WEB, WECHAT);
    assertThat(NoticePlan.channels(true, true, false, false, false, true, true)).containsExactly(WEB, WECHAT);
    assertThat(NoticePlan.channels(false, true, true, true, true, true, false)).containsExactly(WEB, SMS);
    // A written opinion: the WeChat message only points to the letter, and only with consent to electronic delivery.
    assertThat(NoticePlan.opinionChannels(false, true, true, true, true, true, true)).containsExactly(WEB, WECHAT, SMS);
    assertThat(NoticePlan.opinionChannels(false, true, true, true, true, false, true)).containsExactly(WEB, LETTER);
  }
}
