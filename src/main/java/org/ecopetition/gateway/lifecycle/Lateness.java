package org.ecopetition.gateway.lifecycle;

import java.time.LocalDate;

/**
 * An act done after the deadline it answers (Art 38-41): which clock ({@code notice}, {@code decision},
 * {@code handling}, {@code review}, {@code report}) and its last day. Kept on the history for good.
 */
public record Lateness(String clock, LocalDate due) {}
