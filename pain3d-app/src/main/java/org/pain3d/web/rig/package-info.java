/**
 * The live action-unit rig: a face put on stage from an identity (seed, demographics, look),
 * driven by AU intensities, rendered on a small pool of worker threads off the request threads
 * ({@link org.pain3d.web.rig.RenderQueue}: bounded, coalescing a client's queued render to its
 * latest request) and exported as PNG, OBJ and an annotation JSON.
 */
package org.pain3d.web.rig;
