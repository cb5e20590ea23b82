package org.ecopetition.gateway.alert;

import java.util.List;
import java.util.Optional;
import org.ecopetition.gateway.access.CaseView;

/**
 * Who is sent the content-free alert when the lookup of who may see an alert failed (pure). Art 19 wants a danger to
 * life told at once; Art 21 and 23 want a recused officer and the accused unit told nothing — not even that an urgent
 * matter waits, with its alert's number, which an accused officer could watch for. The choice, as a department would
 * make it:
 *
 * <ul>
 *   <li>What bars staff from the alert's cases could still be read (the cases table, {@code cases} present): every
 *       officer on duty but those recused from one of them (Art 21) and those whose shift is for a unit one of them
 *       accuses or complains of, or a unit under it (Art 23, 24(2)). No case yet (a conversation still talking): nobody
 *       is barred.
 *   <li>Nothing could be read ({@code cases} empty): only the officers on duty for a department <em>above</em> the
 *       alert's — the level above, which can never be the accused unit (an accusation is always handled above the
 *       unit it accuses, so the units it accuses are below the alert's department) and is not the level whose staff
 *       are recused from its cases. Nobody on duty above: nobody is told outside the console; the consoles still show
 *       the alert, the raising is recorded on it, and the next raising (the escalation) tries the lookup again.
 * </ul>
 *
 * <p>An officer's department here is their shift's (the roster's): the accounts table, which says their own, is what
 * may have failed. A supervisor puts on duty the staff of their own department, so the two agree but for a shift set
 * for another department's staff.
 */
final class BlindRecipients {
  private BlindRecipients() {}

  static List<PgDutyRoster.Officer> of(List<PgDutyRoster.Officer> officers, String alertDepartment,
      Optional<List<CaseView>> cases) {
    if (cases.isEmpty()) {
      return officers.stream().filter(o -> o.department() != null && above(o.department(), alertDepartment)).toList();
    }
    return officers.stream().filter(o -> cases.get().stream().noneMatch(c -> c.recused().contains("staff:" + o.login())
        || c.accuses(o.department() == null ? alertDepartment : o.department()))).toList();
  }

  /** Whether department {@code upper} is strictly above {@code lower} (directory codes nest). */
  static boolean above(String upper, String lower) {
    return lower != null && lower.startsWith(upper) && !lower.equals(upper);
  }
}
