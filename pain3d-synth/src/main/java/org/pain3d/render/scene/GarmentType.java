package org.pain3d.render.scene;

/**
 * Garments worn at the neck and shoulders, with their necklines. Azimuth {@code phi} is
 * measured about the neck's vertical axis: 0 in front, {@code pi / 2} towards the subject's
 * left (+x).
 */
public enum GarmentType {
  /** Hospital gown: wide neck, light colours, small print. */
  HOSPITAL_GOWN(9.8, 4.0, 5.2, 1.0),
  /** T-shirt: crew neck with a rib band. */
  T_SHIRT(9.0, 3.4, 4.8, 1.4),
  /** Collared shirt: open neck with a collar. */
  COLLARED_SHIRT(9.0, 3.0, 4.4, 0),
  /** Sweater: thick ribbed crew neck, knit texture. */
  SWEATER(8.2, 2.9, 4.2, 2.6);

  private final double frontCm;
  private final double sideCm;
  private final double backCm;
  private final double bandCm;

  GarmentType(double frontCm, double sideCm, double backCm, double bandCm) {
    this.frontCm = frontCm;
    this.sideCm = sideCm;
    this.backCm = backCm;
    this.bandCm = bandCm;
  }

  /**
   * The neckline's depth below the chin (landmark 8), cm: a smooth curve round the neck,
   * deepest in front, blended from the front, side and back depths by the cosine of the
   * azimuth ({@code cos^1.5} in front, so the front is a U). A T-shirt's crew neck lies about
   * 1 cm below the hollow of the throat in front and round the base of the neck at the sides
   * (on the mean ICT-FaceKit head: 9.0, 3.4 and 4.8 cm below the chin); a sweater's sits
   * higher, a gown's wider and lower; a collared shirt's is a crew neck opened in a V in front
   * ({@link #necklineOpening}).
   *
   * @param phi azimuth, radians
   * @return the depth, cm, positive
   */
  public double necklineDepthCm(double phi) {
    double c = Math.cos(phi);
    double front = Math.pow(Math.max(0, c), 1.5);
    double back = Math.max(0, -c);
    return sideCm + (frontCm - sideCm) * front + (backCm - sideCm) * back;
  }

  /**
   * How much of its height above the neck base the neckline keeps at an azimuth: a collared
   * shirt's V runs from 0 in front up to 1 at the edge of the collar's opening, 30 degrees
   * either side ({@link Collar}); 1 for the other garments.
   *
   * @param phi azimuth, radians
   * @return the share, in [0, 1]
   */
  public double necklineOpening(double phi) {
    if (this != COLLARED_SHIRT) {
      return 1;
    }
    return Math.min(1, Math.abs(Math.atan2(Math.sin(phi), Math.cos(phi))) / Math.toRadians(Collar.OPEN_DEG));
  }

  /** @return the height of the neck band (rib or trim) along the neckline, cm (0: none) */
  public double bandCm() {
    return bandCm;
  }
}
