/**
 * One error model: {@link org.pain3d.error.Pain3dException} (unchecked, with a kind and the
 * cause) and {@link org.pain3d.error.ErrorKind}, which maps every failure to the CLI's exit
 * code and the web layer's HTTP status. Checked {@link java.io.IOException}s remain only at
 * I/O edges (reading and writing files); malformed content is a {@code BAD_INPUT} error.
 */
package org.pain3d.error;
