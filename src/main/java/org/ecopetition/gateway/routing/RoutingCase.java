package org.ecopetition.gateway.routing;

import java.time.LocalDate;
import org.ecopetition.gateway.nlp.Place;

/**
 * What routing needs of a matter: the extraction contract's fields and the channel it came by. {@code place}
 * is null when no place was found; {@code placeMentioned} says whether one was named but not understood.
 */
public record RoutingCase(String channel, Place place, boolean placeMentioned, String category, Integer subtype,
    String accused, String matter, String referralHint, boolean urgent, String polluter, String phone, String kind,
    String text, LocalDate received) {

  public static final String VISIT = "visit";
}
