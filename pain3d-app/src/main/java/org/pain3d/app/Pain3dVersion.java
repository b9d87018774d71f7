package org.pain3d.app;

import picocli.CommandLine;

/** Reports the pain3d version from the jar manifest, or "dev" when run from classes. */
public final class Pain3dVersion implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Pain3dVersion.class.getPackage().getImplementationVersion();
    return new String[] {"pain3d " + (v == null ? "dev" : v)};
  }
}
