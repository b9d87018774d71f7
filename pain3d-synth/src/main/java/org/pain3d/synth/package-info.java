/**
 * The synthetic data pipeline: demographics, identity sampling and seeding (the generation
 * pipeline, appearance and writers build on these).
 */
package org.pain3d.synth;
