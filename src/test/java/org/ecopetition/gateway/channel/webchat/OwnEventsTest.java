package org.ecopetition.gateway.channel.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A socket skips the read for a wake only by an event of its own turn whose messages it has all sent. */
class OwnEventsTest {

  @Test
  void theEventOfAnOwnTurnWhoseMessagesWereAllSentNeedsNoRead() {
    OwnEvents own = new OwnEvents();
    own.sent(41, 1005, 1005);
    assertThat(own.covers(41)).isTrue();
  }

  @Test
  void aTurnThatCommittedAMessageTheSocketHasNotSentIsReadAsBefore() {
    OwnEvents own = new OwnEvents();
    // The turn's effect wrote a message after its replies that the turn did not return (last 1006, sent 1005).
    own.sent(41, 1006, 1005);
    assertThat(own.covers(41)).isFalse();
  }

  @Test
  void everyOtherEventIsRead() {
    OwnEvents own = new OwnEvents();
    own.sent(41, 1005, 1005);
    assertThat(own.covers(42)).as("staff, a notice, another socket or instance").isFalse();
    assertThat(own.covers(0)).as("an event id the NOTIFY did not carry").isFalse();
    own.sent(0, 1005, 1005);
    assertThat(own.covers(0)).as("a turn that wrote no event (a duplicate)").isFalse();
  }

  @Test
  void theLastFewOwnEventsAreKeptAndAnotherConversationForgetsThem() {
    OwnEvents own = new OwnEvents();
    for (int i = 1; i <= OwnEvents.KEPT + 2; i++) {
      own.sent(100 + i, 1000 + i, 1000 + i);
    }
    assertThat(own.covers(101)).isFalse();
    assertThat(own.covers(102)).isFalse();
    for (int i = 3; i <= OwnEvents.KEPT + 2; i++) {
      assertThat(own.covers(100 + i)).isTrue();
    }
    own.clear();
    assertThat(own.covers(100 + OwnEvents.KEPT + 2)).isFalse();
  }
}
