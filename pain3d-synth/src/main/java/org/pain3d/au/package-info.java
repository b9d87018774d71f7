/**
 * FACS action units, PSPI pain scores and the AU rig that turns AU intensities into
 * ICT-FaceKit blendshape weights.
 *
 * <p>Intensities follow FACS: 0 = absent, A..E = 1..5; AU43 (eyes closed) and the other
 * binary AUs are 0 or 1. PSPI = AU4 + max(AU6, AU7) + max(AU9, AU10) + AU43, range 0..16
 * (Prkachin and Solomon). {@link org.pain3d.au.PainSampler} draws AU configurations whose
 * PSPI equals a target exactly.
 */
package org.pain3d.au;
