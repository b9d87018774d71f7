/** The {@code pain3d} command line (picocli). Only this package prints. */
package org.pain3d.app;
