package org.pain3d.app;

import java.io.IOException;
import java.nio.file.Path;
import org.pain3d.clips.VideoFrames;
import org.pain3d.video.Mp4Reader;

/** The learner's video decoder: MP4 (and whatever else FFmpeg opens) through pain3d-video. */
final class Mp4Frames implements VideoFrames {
  @Override
  public Info decode(Path video, Sink sink) throws IOException {
    Mp4Reader.Info i = Mp4Reader.decode(video, sink::frame);
    return new Info(i.frames(), i.fps());
  }
}
