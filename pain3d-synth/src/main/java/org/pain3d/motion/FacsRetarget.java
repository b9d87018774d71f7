package org.pain3d.motion;

import java.util.Map;
import org.pain3d.au.ActionUnit;

/**
 * Maps FACS action units as trackers and coders report them (OpenFace's {@code AUxx_r}, the
 * UNBC-McMaster FACS files) onto the rig's {@link ActionUnit}s.
 *
 * <p>Most codes map one to one. AU26 (jaw drop) has no shape of its own in ICT-FaceKit: it
 * drives {@code jawOpen} (AU27, mouth stretch) at {@value #JAW_DROP_FACTOR} of its intensity,
 * since a dropped jaw opens the mouth less than a stretched one. AU23 (lip tightener) and
 * AU25 (lips part) have no shape and are left out (listed in the clip's JSON as unmapped).
 * AU45 (blink) drives the lids; a source without AU43 gets its eye closure from AU45 (see
 * {@link Retargeter}).
 */
public final class FacsRetarget {
  /** Share of AU26's intensity given to jawOpen. */
  public static final double JAW_DROP_FACTOR = 0.6;

  private static final Map<Integer, ActionUnit> DIRECT = Map.ofEntries(
      Map.entry(1, ActionUnit.AU1), Map.entry(2, ActionUnit.AU2), Map.entry(4, ActionUnit.AU4),
      Map.entry(5, ActionUnit.AU5), Map.entry(6, ActionUnit.AU6), Map.entry(7, ActionUnit.AU7),
      Map.entry(9, ActionUnit.AU9), Map.entry(10, ActionUnit.AU10), Map.entry(11, ActionUnit.AU11),
      Map.entry(12, ActionUnit.AU12), Map.entry(14, ActionUnit.AU14), Map.entry(15, ActionUnit.AU15),
      Map.entry(16, ActionUnit.AU16), Map.entry(17, ActionUnit.AU17), Map.entry(18, ActionUnit.AU18),
      Map.entry(20, ActionUnit.AU20), Map.entry(22, ActionUnit.AU22), Map.entry(24, ActionUnit.AU24),
      Map.entry(27, ActionUnit.AU27), Map.entry(28, ActionUnit.AU28), Map.entry(29, ActionUnit.AU29),
      Map.entry(33, ActionUnit.AU33), Map.entry(43, ActionUnit.AU43), Map.entry(45, ActionUnit.AU45));

  private FacsRetarget() {}

  /**
   * One mapped code.
   *
   * @param au the rig's AU
   * @param factor intensity multiplier
   */
  public record Target(ActionUnit au, double factor) {}

  /**
   * @param facsCode a FACS AU number
   * @return where it goes, or null when the rig has no shape for it
   */
  public static Target of(int facsCode) {
    if (facsCode == 26) {
      return new Target(ActionUnit.AU27, JAW_DROP_FACTOR);
    }
    ActionUnit au = DIRECT.get(facsCode);
    return au == null ? null : new Target(au, 1.0);
  }
}
