package org.pain3d.app;

import picocli.CommandLine;

/** Reports the pain3d version from the jar manifest, or "dev" when run from classes. */
public final class Pain3dVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"pain3d " + version()};
  }

  /**
   * The version.
   *
   * @return the jar's implementation version, or {@code dev}
   */
  public static String version() {
    String v = Pain3dVersion.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
