/**
 * The model view: the training-run folders the server was opened on (metrics, evaluation,
 * report plot) and predictions with a run's model ({@link org.pain3d.app.LoadedRun}, as
 * {@code pain3d predict}) on uploaded or picked images, on one background thread.
 */
package org.pain3d.web.model;
