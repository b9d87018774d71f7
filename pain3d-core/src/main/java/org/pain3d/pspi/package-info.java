/**
 * PSPI, the Prkachin and Solomon Pain Intensity: its formula, its range 0..16 and the
 * protocol's pain thresholds, in one place for the generator, the dataset format and the
 * learner ({@link org.pain3d.pspi.Pspi}).
 */
package org.pain3d.pspi;
