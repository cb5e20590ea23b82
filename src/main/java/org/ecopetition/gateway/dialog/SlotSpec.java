package org.ecopetition.gateway.dialog;

import java.util.List;

/**
 * A slot of a dialog: its type, bounds, allowed values, whether answers must never be stored, and the
 * extraction field ({@code from}) that may fill it from a free-text answer.
 */
record SlotSpec(String name, SlotType type, int min, int max, List<String> values, boolean secret, String from,
    int line) {}
