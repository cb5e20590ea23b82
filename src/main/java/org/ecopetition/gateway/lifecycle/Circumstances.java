package org.ecopetition.gateway.lifecycle;

import java.util.List;

/**
 * What a decision needs beyond the case row: the hearings that paused its clocks (Art 33), whether a written
 * reply reaches the petitioner the day it is issued (in the chat or by SMS; a letter only when its delivery is
 * recorded, Art 30, 31), and the result report's days a transfer sets (null: the routing proposal's).
 */
public record Circumstances(List<Pause> hearings, boolean replyReachesAtOnce, Integer reportDays) {
  public Circumstances {
    hearings = List.copyOf(hearings);
  }
}
