package org.ecopetition.gateway;

import java.util.Optional;
import org.ecopetition.gateway.config.GatewayConfig;
import org.ecopetition.gateway.lifecycle.Destination;
import org.ecopetition.gateway.lifecycle.Lifecycle;
import org.ecopetition.gateway.routing.Department;
import org.ecopetition.gateway.routing.DepartmentDirectory;
import org.ecopetition.gateway.routing.Router;

/**
 * Where this deployment sits, for the lifecycle: the department directory seen from its own department (a code →
 * a destination below it, elsewhere in the system, or itself) and the bodies that review and re-review its opinions
 * (configured, or the departments above it in the directory).
 */
final class Seats {
  private Seats() {}

  static final String DEFAULT_REVIEWER = "上一级机关";
  static final String DEFAULT_REREVIEWER = "复查机关的上一级机关";

  static Lifecycle.Seat of(Router router, String ownName, GatewayConfig.Review review) {
    DepartmentDirectory dir = router.directory();
    Department own = router.own();
    Optional<Department> above = dir.parent(own);
    Optional<Department> aboveThat = above.flatMap(dir::parent);
    String reviewer = given(review.body()).orElse(above.map(Seats::name).orElse(DEFAULT_REVIEWER));
    String rereviewer = given(review.rereviewBody()).orElse(aboveThat.map(Seats::name).orElse(DEFAULT_REREVIEWER));
    if (reviewer.equals(ownName) || rereviewer.equals(ownName) || reviewer.equals(rereviewer)) {
      throw new IllegalArgumentException("review.body and review.rereviewBody must be the bodies above this department"
          + " (Art 30, 31): a body never reviews its own opinion");
    }
    java.util.function.Function<Department, Destination> destination = d -> new Destination(d.code(), name(d),
        d.code().equals(own.code()) ? Destination.Relation.OWN
            : dir.within(d, own) ? Destination.Relation.BELOW : Destination.Relation.ELSEWHERE);
    // Departments by their names too (a referral names an organ): an accusation is never referred to the accused.
    java.util.Map<String, Department> byName = new java.util.HashMap<>();
    for (Department d : dir.all()) {
      byName.putIfAbsent(d.name(), d);
      byName.putIfAbsent(name(d), d);
    }
    return new Lifecycle.Seat(ownName, code -> dir.byCode(code).map(destination), reviewer, rereviewer,
        n -> Optional.ofNullable(byName.get(n == null ? null : n.strip())).map(destination));
  }

  private static String name(Department d) {
    return d.printableName().orElse(d.name());
  }

  private static Optional<String> given(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
