package org.ecopetition.gateway.dialog;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopetition.gateway.nlp.Place;

/**
 * A unit read from a first message with its address in front ("苏州市吴中区木渎镇金山路88号苏州鑫达金属制品有限公司"): the
 * name after the door number, and the address before it, which says where the problem is more exactly than the
 * divisions. Only at a door number (号): a name may well begin with its city ("苏州鑫达…", "吴中区环境卫生管理处"), but
 * nothing after a door number belongs to the address.
 */
record PolluterAddress(String address, String name) {

  private static final Pattern AT_NUMBER = Pattern.compile("(?<address>.{4,60}?[0-9０-９一二三四五六七八九十百零]+号(?:院|楼)?)(?:的)?(?<name>[^0-9０-９号]{4,60})");

  /** The split, if the value is an address that resolves to a division, then a name. */
  static Optional<PolluterAddress> of(String value, Function<String, Optional<Place>> places) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = AT_NUMBER.matcher(value.strip());
    if (!m.matches() || places.apply(m.group("address")).filter(Place::atLeastCity).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PolluterAddress(m.group("address"), m.group("name")));
  }
}
