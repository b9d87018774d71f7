package org.pain3d.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** pain3d serve's arguments and start-up failures (the running server is tested in org.pain3d.web). */
class ServeCommandTest {
  @TempDir Path tmp;

  @Test
  void bindsToLoopbackByDefault() {
    ServeCommand cmd = new ServeCommand();
    new CommandLine(cmd).parseArgs();
    assertThat(cmd.bind).isEqualTo("127.0.0.1");
    assertThat(cmd.port).isEqualTo(7070);
    assertThat(cmd.maxUploadMb).isEqualTo(16);
  }

  @Test
  void badArgumentsExit2() {
    CliRun r = CliRun.of("serve", "--no-rig", "--port", "70000");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("pain3d: error: --port must be in 0..65535");
    assertThat(CliRun.of("serve", "--no-rig", "--render-threads", "0").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("serve", "--no-rig", "--max-upload-mb", "0").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("serve", "--no-rig", "--port", "x").exitCode()).isEqualTo(2);
  }

  @Test
  void aMissingFolderExits3() {
    CliRun r = CliRun.of("serve", "--no-rig", "--port", "0", "--dataset", tmp.resolve("none").toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("no such file").contains("none");
  }

  @Test
  void aPortInUseExits4() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      CliRun r = CliRun.of("serve", "--no-rig", "--port", Integer.toString(taken.getLocalPort()));
      assertThat(r.exitCode()).isEqualTo(4);
      assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
    }
  }
}
