/**
 * {@code pain3d serve}: the web app (Javalin on Jetty) with three views, the action-unit rig
 * ({@link org.pain3d.web.rig}), the dataset browser ({@link org.pain3d.web.data}) and the model
 * view ({@link org.pain3d.web.model}), and the JSON API they share (docs/serve.md).
 *
 * <p>Rules kept here for every view: files are served only from the folders the server was
 * opened on ({@link org.pain3d.web.ServedFolder}: no path traversal, no symlink escapes); a bad
 * request gets a 4xx JSON error ({@link org.pain3d.web.ApiError}, statuses from {@link
 * org.pain3d.error.ErrorKind#httpStatus()} or {@link org.pain3d.web.WebErrorKind}), never a
 * stack trace; the server keeps no per-user state beyond a render queue slot per client.
 */
package org.pain3d.web;
