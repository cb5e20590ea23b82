package org.ecopetition.gateway.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * How a written notice reaches the petitioner (Art 17: 信息网络、手机短信、书信): into the conversation the
 * matter came from, by SMS where there is a mobile number and an SMS gateway, by letter where there is only
 * an address; a landline (or a mobile without SMS) and nothing else means a call by staff. No channel at all is the exception Art 17
 * allows (姓名、住址或者联系方式不详而无法联系), recorded as such. An anonymous petitioner left no contact
 * details, so only the conversation, if any, is used. A WeChat customer-service message is not a channel
 * here: its window (48 hours, 5 messages) has closed long before a notice due on day 15 or day 60.
 */
public final class NoticePlan {
  public enum Channel { WEB, SMS, LETTER, PHONE }

  private NoticePlan() {}

  /** The channels to use; empty: the Art 17 exception. */
  public static List<Channel> channels(boolean anonymous, boolean conversation, boolean mobile, boolean phone,
      boolean address, boolean smsEnabled) {
    List<Channel> out = new ArrayList<>();
    if (conversation) {
      out.add(Channel.WEB);
    }
    if (anonymous) {
      return List.copyOf(out);
    }
    if (mobile && smsEnabled) {
      out.add(Channel.SMS);
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
   * opinion. Empty of deliverable channels: the opinion waits on the worklist of undelivered opinions.
   */
  public static List<Channel> opinionChannels(boolean anonymous, boolean conversation, boolean mobile, boolean address,
      boolean smsEnabled, boolean electronic) {
    List<Channel> out = new ArrayList<>();
    if (conversation) {
      out.add(Channel.WEB);
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
