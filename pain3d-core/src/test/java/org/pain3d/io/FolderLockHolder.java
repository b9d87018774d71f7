package org.pain3d.io;

import java.nio.file.Path;

/** A child process for {@link FolderLockTest}: takes a lock, says so, and waits to be killed. */
public final class FolderLockHolder {
  private FolderLockHolder() {}

  /**
   * @param args the lock file
   * @throws Exception never expected
   */
  public static void main(String[] args) throws Exception {
    FolderLock lock = FolderLock.acquire(Path.of(args[0]), "holder process");
    System.out.println("locked");
    System.out.flush();
    Thread.sleep(600_000);
    lock.close();
  }
}
