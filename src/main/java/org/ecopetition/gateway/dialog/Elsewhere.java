package org.ecopetition.gateway.dialog;

/**
 * Where the routing table sends a matter outside the environment system (Art 17(3)): the organ (as the table
 * names it: 住建, 公安, 城管…) and why, the law in both languages. The engine says it as soon as the facts show
 * it, before any identity is asked.
 */
public record Elsewhere(String organ, String whyZh, String whyEn) {}
