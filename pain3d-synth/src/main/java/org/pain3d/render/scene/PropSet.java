package org.pain3d.render.scene;

import java.util.ArrayList;
import java.util.List;
import org.pain3d.render.HeadPose;
import org.pain3d.render.NeckRig;
import org.pain3d.render.RenderMesh;

/**
 * The props of one identity as one mesh (material group = {@link PropMaterial} ordinal),
 * built on its neutral head, with the vertices that follow the skin per pose.
 */
public final class PropSet {
  private final RenderMesh mesh;
  private final List<Follower> followers;
  private final byte[] vertexMaterial;
  /** Per vertex, whether it turns with the head on the neck ({@link #turnWithHead}). */
  private final boolean[] turns;
  private final boolean translucent;
  /** Leading triangles that never move while the props are not turned with the head (see {@link #fixedTriangles}). */
  private final int fixedStill;
  /** The same once the props have been turned with the head (head-borne triangles move too). */
  private final int fixedTurned;
  /** Positions as built (on the head at rest), kept once the props first turn with the head. */
  private float[] rest;

  /**
   * @param mesh the props
   * @param followers the skin-following vertices
   * @param neckFrom first vertex of what is worn on the neck (the garment's yoke and collar)
   * @param neckTo one past its last vertex
   */
  private PropSet(RenderMesh mesh, List<Follower> followers, int neckFrom, int neckTo) {
    this.mesh = mesh;
    this.followers = List.copyOf(followers);
    this.vertexMaterial = new byte[mesh.vertexCount()];
    int[] t = mesh.triangles();
    boolean any = false;
    for (int i = 0; i < mesh.triangleCount(); i++) {
      int g = mesh.triangleGroups()[i];
      for (int k = 0; k < 3; k++) {
        vertexMaterial[t[3 * i + k]] = (byte) g;
      }
      any |= PropMaterial.values()[g].translucent();
    }
    this.translucent = any;
    boolean[] follows = new boolean[mesh.vertexCount()];
    for (Follower f : this.followers) {
      for (int v : f.propVertex()) {
        follows[v] = true;
      }
    }
    this.turns = new boolean[mesh.vertexCount()];
    boolean[] moves = new boolean[mesh.vertexCount()];
    PropMaterial[] materials = PropMaterial.values();
    for (int v = 0; v < turns.length; v++) {
      turns[v] = materials[vertexMaterial[v]].headBorne() || v >= neckFrom && v < neckTo;
      moves[v] = follows[v] || turns[v];
    }
    this.fixedStill = fixedPrefix(mesh, follows);
    this.fixedTurned = fixedPrefix(mesh, moves);
  }

  /**
   * The longest prefix of triangles {@code [0, T)} none of whose vertices moves, and whose
   * vertices no later triangle uses (so their normals, computed over the whole mesh, depend on
   * the prefix alone).
   *
   * @param mesh the mesh
   * @param moves per vertex, whether it moves
   * @return T
   */
  static int fixedPrefix(RenderMesh mesh, boolean[] moves) {
    int[] t = mesh.triangles();
    int n = mesh.triangleCount();
    int[] lastUse = new int[mesh.vertexCount()];
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < 3; k++) {
        lastUse[t[3 * i + k]] = i;
      }
    }
    int best = 0;
    int reach = -1;
    for (int i = 0; i < n; i++) {
      boolean still = true;
      for (int k = 0; k < 3; k++) {
        int v = t[3 * i + k];
        still &= !moves[v];
        reach = Math.max(reach, lastUse[v]);
      }
      if (!still) {
        break;
      }
      if (reach <= i) {
        best = i + 1;
      }
    }
    return best;
  }

  /**
   * A prop set from a finished mesh (groups = {@link PropMaterial} ordinals).
   *
   * @param mesh the mesh
   * @param followers the skin-following vertices
   * @return the prop set
   */
  static PropSet of(RenderMesh mesh, List<Follower> followers) {
    return new PropSet(mesh, followers, 0, 0);
  }

  /** No props (meshes without the ICT-FaceKit topology). */
  public static PropSet empty() {
    return new PropSet(new MeshBuilder().build(), List.of(), 0, 0);
  }

  /**
   * Builds the props on a neutral head.
   *
   * @param props what to build
   * @param neutral the identity's neutral face (ICT-FaceKit topology), world cm
   * @param anchors the model's anchors
   * @param seed seed of the props' procedural shapes (folds, wrinkles)
   * @return the prop set
   */
  public static PropSet build(Props props, RenderMesh neutral, HeadAnchors anchors, long seed) {
    HeadContext head = new HeadContext(neutral, anchors);
    MeshBuilder b = new MeshBuilder();
    List<Follower> followers = new ArrayList<>();
    boolean scarf = props.headwear().map(h -> h.kind() == HeadwearKind.HEADSCARF).orElse(false);
    Torso.add(b, head, props.garment());
    props.pillow().ifPresent(p -> Pillow.add(b, head, p, seed));
    // Worn on the neck: turned with the head by the neck rig's weight at its height, as the
    // skin under it is (after the torso and pillow, which stay, so that clips keep drawing
    // those once per camera).
    int neckFrom = b.vertexCount();
    int[] neckline = Yoke.add(b, head, props.garment().type());
    if (props.garment().type() == GarmentType.COLLARED_SHIRT) {
      Collar.add(b, head, neckline);
    }
    int neckTo = b.vertexCount();
    props.headwear().ifPresent(h -> Headwear.add(b, head, h, seed + 1));
    props.glasses().ifPresent(g -> Glasses.add(b, head, g));
    if (!scarf) {
      props.earrings().ifPresent(e -> Earrings.add(b, head, e));
    }
    props.cannulaRgb().ifPresent(c -> Cannula.add(b, head));
    FollowerBuilder skin = new FollowerBuilder();
    props.mouthCover().ifPresent(m -> FaceCover.add(b, head, m, skin));
    props.tape().ifPresent(t -> Tape.add(b, head, t, skin));
    Follower f = skin.build();
    if (f.propVertex().length > 0) {
      followers.add(f);
    }
    return new PropSet(b.build(), followers, neckFrom, neckTo);
  }

  /** Returns the mesh (positions updated in place by {@link #follow}). */
  public RenderMesh mesh() {
    return mesh;
  }

  /** Returns the material ordinal of each vertex, shape [n]. */
  public byte[] vertexMaterials() {
    return vertexMaterial;
  }

  /** Returns whether any translucent material is present. */
  public boolean hasTranslucent() {
    return translucent;
  }

  /** Returns whether some vertices follow the skin (so the props change with the pose). */
  public boolean hasFollowers() {
    return !followers.isEmpty();
  }

  /**
   * Returns the face vertices the skin-following props ride on ({@link #follow} reads their
   * positions and normals).
   *
   * @return face vertex indices, repeats possible; empty without followers
   */
  public int[] followedFaceVertices() {
    return followers.stream().flatMapToInt(f -> java.util.Arrays.stream(f.faceVertex())).toArray();
  }

  /**
   * Returns whether the props' positions change with the pose: some follow the skin, or they
   * have been turned with the head ({@link #turnWithHead}).
   */
  public boolean changesWithPose() {
    return !followers.isEmpty() || rest != null;
  }

  /**
   * Returns how many leading triangles of {@link #mesh()} stay where they are whatever the pose:
   * none of their vertices follows the skin (nor, once the props have been turned with the head,
   * is worn on the head), and no later triangle shares their vertices. Renders from one camera
   * may draw them once and reuse them ({@link SceneStage}). Changes (to the smaller turned value)
   * when {@link #turnWithHead} is first called.
   *
   * @return the triangle count T: triangles {@code [0, T)} are fixed
   */
  public int fixedTriangles() {
    return rest == null ? fixedStill : fixedTurned;
  }

  /**
   * Turns what is worn on the head ({@link PropMaterial#headBorne()}) and on the neck (the
   * garment's yoke and collar) with the head on its neck, as {@link NeckRig} turns the face:
   * each vertex by the rig's weight at its rest height (so tubing fades out down the neck, and
   * a neckline turns as much as the skin under it); the torso and pillow stay. Starts from the
   * positions as built, so poses do not accumulate; the rest pose restores them. Skin
   * followers are moved afterwards by {@link #follow} from the posed face.
   *
   * @param neck the head's neck rig (placed on the same neutral head as the props)
   * @param pose the head pose
   */
  public void turnWithHead(NeckRig neck, HeadPose pose) {
    float[] p = mesh.positions();
    if (rest == null) {
      rest = p.clone();
    }
    System.arraycopy(rest, 0, p, 0, p.length);
    if (pose.isRest()) {
      return;
    }
    double[] pivot = neck.pivot();
    double[] full = pose.matrix();
    for (int v = 0; v < turns.length; v++) {
      if (!turns[v]) {
        continue;
      }
      double w = neck.weightAt(rest[3 * v + 1]);
      if (w >= 1) {
        NeckRig.rotate(pivot, full, rest, p, v);
      } else if (w > 0) {
        double[] m = new HeadPose(w * pose.yawDeg(), w * pose.pitchDeg(), w * pose.rollDeg()).matrix();
        NeckRig.rotate(pivot, m, rest, p, v);
      }
    }
  }

  /**
   * Moves the skin-following vertices to a pose.
   *
   * @param face the face's positions in this pose, shape [V * 3]
   * @param faceNormals its unit normals, shape [V * 3]
   */
  public void follow(float[] face, float[] faceNormals) {
    for (Follower f : followers) {
      f.apply(face, faceNormals, mesh.positions());
    }
  }
}
