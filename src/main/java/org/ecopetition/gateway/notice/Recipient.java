package org.ecopetition.gateway.notice;

import java.util.UUID;

/**
 * Who a notice goes to, as far as choosing its channels needs: the conversation the matter came from (if
 * any), the case's language and department, and whether a mobile number, any phone or an address is on
 * record — never the number or the address themselves — and whether the petitioner consented to electronic
 * delivery of written opinions; {@code wechat}: the matter came on WeChat and a subscribe or template message can
 * reach the petitioner there (they subscribed to the notice template, or the account sends template messages).
 */
public record Recipient(long caseId, String caseNumber, UUID conversation, String channel, String lang,
    String department, boolean anonymous, boolean hasMobile, boolean hasPhone, boolean hasAddress,
    boolean electronicDelivery, boolean wechat) {}
