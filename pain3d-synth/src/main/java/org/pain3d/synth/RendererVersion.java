package org.pain3d.synth;

/**
 * The version of what {@code pain3d generate} and {@code pain3d video} draw, recorded as {@code
 * renderer_version} in a dataset's config ({@code .pain3d/config.json} and the manifest's {@code
 * config}).
 *
 * <p>Resuming or extending a folder with another build must not mix two renderers' images in one
 * dataset. The config names every argument, but a build that draws the same arguments
 * differently (a new look detail, a fixed artefact, another mesh simplification) writes the same
 * config; this number tells such builds apart, and {@code --resume} refuses a folder of another
 * version with a message that says so (the arguments cannot fix it).
 *
 * <p><b>Bump it in the change that makes the same arguments write other image, heatmap, mask or
 * clip bytes</b> (a change that only adds an option whose default keeps the old bytes does not
 * need it): {@link #IMAGES} for {@code generate}'s files, {@link #CLIPS} for {@code video}'s, both
 * when a change moves both (a clip dataset's config is its look's config with its own version).
 * {@code studio-golden-sha256.txt} records the {@link #IMAGES} version its hashes belong to, so a
 * change that has to regenerate those goldens also has to name the version they are of.
 *
 * <p>Version 1 stands for every build up to the one that began recording the number (folders
 * without the key count as version 1): their pixels could differ from one another, which was
 * undetectable then and stays so.
 */
public final class RendererVersion {
  /** The config key. */
  public static final String KEY = "renderer_version";
  /**
   * This build's version of what {@code pain3d generate} draws (images, heatmaps, masks), >= 1.
   * Version 2 (seventeenth session): studio images through the camera's tone curve ({@code
   * camera-tone}, {@link org.pain3d.render.CameraTone}). Version 3 (eighteenth session): varied
   * and bedside scenes through the same curve, before their camera effects, and their garments
   * covering the face model's neck base up to a neckline ({@link
   * org.pain3d.render.scene.GarmentType#necklineDepthCm}). Version 4 (nineteenth session): the
   * garments' yoke no longer takes skin hits from the chin or jaw in its rays' way, a collared
   * shirt's V has no slivers of cloth down its middle and its collar's fall lies on the shirt;
   * a lying patient's hanging hair spreads at most 10 cm over the pillow. Version 5 (twentieth
   * session): a translucent hair sample is blended over the hair behind it ({@link
   * org.pain3d.render.hair.HairLayer}: no "glass rod" beside the cheeks, no skin patch at the far
   * temple). Version 6 (twenty-first session): curly hair is drawn as open rings of strand
   * ({@link org.pain3d.render.hair.HairStyle#curly()}; no square blocks at 512 px). Version 7
   * (twenty-first session): hanging hair's hem thins into whole strands of their own lengths
   * instead of fading as a film (no fog of background under the hair's ends); its front edge
   * is still a film. Version 8 (twenty-first session): curly long hair's hanging hair is curly
   * too (it hung as straight strands), the curls less contrasted. Version 9 (twenty-second
   * session): part of a line's contrast is the skin's sheen ({@code line-sheen}, {@link
   * org.pain3d.render.look.SkinLook#lineSheen}): static age lines and expression wrinkles show on
   * dark skin about as on light. Version 10 (twenty-second session): medium and long straight hair
   * is parted ({@code parting}, {@link org.pain3d.render.hair.ScalpMap}), its strands running away
   * from the parting over the front of the head instead of down to a straight fringe. Version 11
   * (twenty-fifth session): the hair cap is refined where its volume rises behind the hairline
   * (the cap of {@link org.pain3d.render.hair.HairBuilder}: no zigzag bands at the temples), and
   * dips along a parting instead of falling to the scalp in a trench. Version 12 (twenty-fifth
   * session): straight strands waver clump by clump instead of all together (no wood grain in
   * swept grey hair). Version 13 (twenty-sixth session): the rest pose closes the lips and no
   * further ({@code lip-seal}, {@link org.pain3d.synth.look.LipSeal}): the lower lip no longer
   * rides millimetres over the upper lip at rest, nor over the upper teeth when AU9 and AU10 raise
   * the upper lip (pain faces bared the gums with only the teeth's tips below them). Version 14
   * (twenty-sixth session): a closed eye's eyeball moves back until its whole front cap lies
   * behind the lids, also squeezed by AU4/6/7 ({@link org.pain3d.face.LidCover}; 30 of 800
   * sampled eyes had their cap in front of the closed lid's skin, where the iris could show through).
   * Version 15 (twenty-seventh session): teeth and gums coloured per person ({@code mouth-colour},
   * {@link org.pain3d.render.SurfaceLook#teethRgb}): teeth darker and yellower with age, gums of
   * measured gingiva, darker on darker skin, where everyone had the same bright teeth and dark red
   * gums. Version 16 (twenty-eighth session): a closed eye squeezed by AU4/6/7 shuts where the
   * squeeze has raised the lower lid ({@link org.pain3d.face.BlinkClosure#under}): the upper lid
   * stops short by half the squeeze's narrowing instead of passing through the raised lower lid,
   * whose margin showed through the closed upper lid as a pale patch. Version 17 (twenty-eighth
   * session): lashes up to 1.5 mm behind the skin still show ({@link
   * org.pain3d.render.hair.HairLayer#LASH_DEPTH_SLACK_CM}): the squeezed lower lid that the mesh
   * pushes through a closed eye's lash cards no longer hides them as a pale oval. Version 18
   * (thirtieth session): the skin's pores and grain are a bump map too ({@code pore-relief},
   * {@link org.pain3d.render.look.PoreRelief}): the shading tilts each skin sample's normal by the
   * relief's slopes, so every face's skin changes by a few levels. Version 19 (thirty-first
   * session): the static age lines and the expression wrinkles are a bump map too ({@code
   * line-relief}, {@link org.pain3d.render.look.PoreRelief#LINE_DEPTH_CM}), lit on the side facing
   * the light; the relief is stored in finer fixed steps ({@link org.pain3d.render.SkinRelief#STEP}),
   * its slopes stop at the layout's edges, and a tilted highlight stops at its peak (version 18's
   * pores raised a few samples past it to white). Version 20 (thirty-third session): varied and
   * bedside scenes draw earrings and the kind of headwear by the identity's gender ({@code
   * earrings_rate_men}, {@code headwear_men}: no headscarves on men, earrings rarer) and put no cap
   * on a lying patient (studio images keep their bytes). Version 21 (thirty-fourth session): a
   * headscarf is one sheet from the face opening to a hem on the shoulders (the hood and its
   * {@code render.scene.ScarfDrape}), with no collar wings beside the cheeks and no
   * garment showing through at the neck; headwear has no hole at the crown, headscarves tent over
   * the ears, and rays on the skin no longer slip between two triangles through their shared edge.
   * Version 22 (thirty-fifth session): the brows' own shade ({@code brow-shade}, {@code
   * synth.look.BrowShade}): brows (and the beard shadow, drawn in their colour) a shade darker and
   * more neutral than light scalp hair, where a blond's brows were a flat yellow band. Version 23
   * (thirty-fifth session): wavy hair ({@code waves}, {@link
   * org.pain3d.render.hair.HairLook#waves}): a share of medium and long straight hair hangs in
   * waves (studio goldens unchanged: neither of their identities' hair waves). Version 24
   * (thirty-sixth session): in varied and bedside scenes the key light's shadow of the mouth
   * interior follows the pose ({@code render.scene.SceneStage}): the teeth a pain expression bares
   * were in the neutral pose's shadow, where closed lips cover them from every light, and showed
   * darker than the skin (studio images keep their bytes: the studio has no shadow map). Version 25
   * (thirty-seventh session): the brows lowered to where real photographs have them over the eyes
   * ({@code brow-place}, {@code render.look.Brows#PHOTO_TOP}): ICT-FaceKit's brow landmarks, which
   * the brows followed, sit 0.36-0.87 cm higher on its mean face, and the brows read as raised.
   * Version 26 (thirty-eighth session): curly hanging hair's hem is 1 cm deep ({@link
   * org.pain3d.render.hair.HairBuilder}'s {@code CURLY_HEM_CM}, straight hair's stays 3.5 cm): its
   * thinning drops whole curls, and over 3.5 cm they were specks strewn over the background below
   * the hair (studio goldens unchanged: neither of their identities has curly hair). Version 27
   * (thirty-ninth session): fringes ({@code fringe}, {@link
   * org.pain3d.render.hair.HairLook#fringeCm}): a share of medium and long straight hair is worn
   * with a fringe over the forehead, unparted; every other identity keeps its bytes. Version 28
   * (thirty-ninth session): hanging hair's top row lies on the cap's surface and the fall flares
   * out to its stand-off over {@link org.pain3d.render.hair.HairBuilder}'s {@code HUG_CM} (its top
   * stood out of the cap as a ledge, a square translucent tab beside the temples); every identity
   * with medium, long or curly long hair changes.
   */
  public static final int IMAGES = 28;
  /**
   * This build's version of what {@code pain3d video} draws (clip frames), >= 1. Version 2
   * (sixteenth session): clip frames of at most 320 px on the LOD paint the skin on a 256-texel
   * tile ({@link ClipConfig#skinTexels}). Version 3 (seventeenth session): studio clip frames
   * through the camera's tone curve, as {@link #IMAGES} 2. Version 4 (eighteenth session): scened
   * clip frames through the curve and with the garments' necklines, as {@link #IMAGES} 3. Version
   * 5 (nineteenth session): the yoke, collar and hair on the pillow of {@link #IMAGES} 4. Version 6
   * (twentieth session): the hair behind translucent hair, as {@link #IMAGES} 5. Version 7
   * (twenty-first session): the curly hair of {@link #IMAGES} 6. Version 8 (twenty-first
   * session): the hem of {@link #IMAGES} 7. Version 9: the curly hanging hair of {@link
   * #IMAGES} 8. Version 10 (twenty-second session): the lines' sheen of {@link #IMAGES} 9.
   * Version 11: the parting of {@link #IMAGES} 10. Version 12 (twenty-fifth session): the refined
   * hair cap of {@link #IMAGES} 11. Version 13: the strands of {@link #IMAGES} 12. Version 14
   * (twenty-sixth session): the lips' seal of {@link #IMAGES} 13 (and an open jaw is no longer
   * half closed by the rest pose). Version 15: the closed lids of {@link #IMAGES} 14. Version 16
   * (twenty-seventh session): the teeth and gums of {@link #IMAGES} 15. Version 17 (twenty-eighth
   * session): the squeezed closed lids of {@link #IMAGES} 16 (clip frames with a blink past
   * half-way under AU4/6/7). Version 18: the lashes over squeezed lids of {@link #IMAGES} 17.
   * Version 19 (thirtieth session): the pore relief of {@link #IMAGES} 18. Version 20: the lines'
   * relief of {@link #IMAGES} 19. Version 21 (thirty-third session): the accessories by gender and
   * posture of {@link #IMAGES} 20. Version 22 (thirty-fourth session): the headwear of {@link
   * #IMAGES} 21. Version 23 (thirty-fifth session): the brows' shade of {@link #IMAGES} 22.
   * Version 24: the wavy hair of {@link #IMAGES} 23. Version 25 (thirty-fifth session): a lying
   * head's hanging hair that lies on the pillow stays there when the head turns ({@code
   * render.hair.HairModel#turn}'s turn weights); it turned rigidly with the head and rose off the
   * pillow as a flat wing at the peak of a head turn. Only clips turn the head on the neck, so
   * {@link #IMAGES} keeps its version. Version 26 (thirty-sixth session): the mouth interior's
   * key-light shadow of {@link #IMAGES} 24. Version 27 (thirty-seventh session): the brows of
   * {@link #IMAGES} 25. Version 28 (thirty-eighth session): the curly hem of {@link #IMAGES} 26.
   * Version 29 (thirty-ninth session): the fringes of {@link #IMAGES} 27. Version 30: the hanging
   * hair's top on the cap of {@link #IMAGES} 28.
   */
  public static final int CLIPS = 30;

  private RendererVersion() {}
}
