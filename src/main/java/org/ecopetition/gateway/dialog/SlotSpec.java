package org.ecopetition.gateway.dialog;

import java.util.List;

/** A slot of a dialog: its type, bounds, allowed values, and whether answers must never be stored. */
record SlotSpec(String name, SlotType type, int min, int max, List<String> values, boolean secret, int line) {}
