package org.ecopetition.gateway.lifecycle;

/**
 * Where a transfer or a referral sends a matter, as the department directory knows it: its code and name, and where
 * it stands to this deployment's department — itself, below it (a transfer, Art 17(1)(2)), or elsewhere in the
 * system (another region or level: the petitioner is told to turn there, Art 17(1)(3)).
 */
public record Destination(String code, String name, Relation relation) {
  public enum Relation { OWN, BELOW, ELSEWHERE }
}
