package org.ecopetition.gateway.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * How a written notice reaches the petitioner (Art 17: 信息网络、手机短信、书信): into the conversation the
 * matter came from, by SMS where there is a mobile number and an SMS gateway, by letter where there is only
 * an address; a landline (or a mobile without SMS) and nothing else means a call by staff. No channel at all is the exception Art 17
 * allows (姓名、住址或者联系方式不详而无法联系), recorded as such. An anonymous petitioner left no contact
 * details, so only the conversation, if any, is used. A WeChat customer-service message is not a channel
 * here: its window (48 hours, 5 messages) has closed long before a notice due on day 15 or day 60. A matter
 * raised on WeChat is told by subscribe message (订阅通知) when the petitioner subscribed to the deployment's
 * notice template, or by template message where the account has them ({@code wechat}, correction 10): then
 * SMS is the fallback, queued only when WeChat refuses the message, not sent beside it.
 */
public final class NoticePlan {
  public enum Channel { WEB, WECHAT, SMS, LETTER, PHONE }

  private NoticePlan() {}

  /** The channels to use; empty: the Art 17 exception. */
  public static List<Channel> channels(boolean anonymous, boolean conversation, boolean mobile, boolean phone,
      boolean address, boolean smsEnabled, boolean wechat) {
    List<Channel> out = new ArrayList<>();
    if (conversation) {
      out.add(Channel.WEB);
    }
    if (wechat) {
      // The OpenID is the conversation's own address, not contact details: an anonymous petitioner is told too.
      out.add(Channel.WECHAT);
    }
    if (anonymous) {
      return List.copyOf(out);
    }
    if (mobile && smsEnabled) {
      if (!wechat) {
        out.add(Channel.SMS);
      }
    } else if (address && !conversation) {
      out.add(Channel.LETTER);
    } else if (phone && !conversation) {
      out.add(Channel.PHONE);
    }
    return List.copyOf(out);
  }

  /**
   * The channels of a written opinion that must be delivered (送达, Art 25, 30, 31): electronically only with the
   * petitioner's recorded consent ({@code electronic}) — the conversation (delivered when the petitioner opens the
   * letter with the query code) and SMS (delivered when the gateway's report comes back); otherwise a letter. The
   * conversation gets its copy either way; without consent it delivers nothing. A call delivers no written
   * opinion. Empty of deliverable channels: the opinion waits on the worklist of undelivered opinions. With consent, a
   * WeChat petitioner is also told by subscribe or template message that the letter is there ({@code wechat}); that
   * message cannot carry the letter (its fields hold 20 characters), so it delivers nothing itself.
   */
  public static List<Channel> opinionChannels(boolean anonymous, boolean conversation, boolean mobile, boolean address,
      boolean smsEnabled, boolean electronic, boolean wechat) {
    List<Channel> out = new ArrayList<>();
    if (conversation) {
      out.add(Channel.WEB);
    }
    if (wechat && electronic) {
      out.add(Channel.WECHAT);
    }
    if (anonymous) {
      return List.copyOf(out);
    }
    boolean sms = electronic && mobile && smsEnabled;
    if (sms) {
      out.add(Channel.SMS);
    }
    if (address && !(electronic && (conversation || sms))) {
      out.add(Channel.LETTER);
    }
    return List.copyOf(out);
  }
}
