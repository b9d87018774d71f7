/**
 * UNBC-McMaster Shoulder Pain Expression Archive: scanning a user's copy into frame records,
 * subject folds, neutral references and face crops for ViTPain. Pure Java: images are {@link
 * java.awt.image.BufferedImage}s and model inputs are {@code float[]} arrays in CHW order; the
 * conversion to tensors lives elsewhere.
 *
 * <h2>Layout read by {@link org.pain3d.unbc.UnbcArchive}</h2>
 *
 * <pre>
 * &lt;root&gt;/Images/&lt;subject&gt;/&lt;sequence&gt;/&lt;frame&gt;.png                   about 320x240
 * &lt;root&gt;/Frame_Labels/PSPI/&lt;subject&gt;/&lt;sequence&gt;/&lt;frame&gt;_facs.txt   one number, 0..16
 * &lt;root&gt;/Frame_Labels/FACS/&lt;subject&gt;/&lt;sequence&gt;/&lt;frame&gt;_facs.txt   rows: AU intensity x x
 * &lt;root&gt;/AAM_landmarks/&lt;subject&gt;/&lt;sequence&gt;/&lt;frame&gt;_aam.txt       66 rows: x y (pixels)
 * &lt;root&gt;/Sequence_Labels/{AFF,OPR,SEN,VAS}/&lt;subject&gt;/&lt;sequence&gt;.txt  one number (optional)
 * </pre>
 *
 * Subjects look like {@code 064-ak064}, sequences like {@code ak064t1aaaff}, frames like
 * {@code ak064t1aaaff001}. Numbers may be written in scientific notation ({@code
 * 2.0000000e+00}). An empty FACS file means that no AU is active. Copies that nest a folder in
 * itself ({@code Images/Images}, {@code Frame_Labels/Frame_Labels}, {@code
 * AAM_landmarks/AAM_landmarks}, also {@code PSPI/PSPI} and so on) are read the same way: the
 * scan descends while a folder holds one of its own name.
 *
 * <h2>Choices</h2>
 *
 * <ul>
 *   <li>Speed: each tree is walked once into a map (48,398 frames in the real archive), then
 *       every frame is a map look-up; label files are parsed in parallel. Images are not
 *       decoded by the scan.
 *   <li>Labels: the PSPI target is the archive's PSPI file. The scan recomputes PSPI = AU4 +
 *       max(AU6, AU7) + max(AU9, AU10) + AU43 from the FACS rows and logs the frames where the
 *       two differ (the real archive has a few), with a count and examples in {@link
 *       org.pain3d.unbc.UnbcScanSummary}, rather than failing. AU43 counts as 1 when it has a
 *       row. The AU targets are AU4, AU6, AU7, AU9, AU10 as coded and AU43 binarised.
 *   <li>Known black frames ({@code 095-tv095/tv095t2aeunaff} frames 1-6) are left out by
 *       default ({@link org.pain3d.unbc.UnbcScanOptions#keepBlackFrames()}).
 *   <li>Errors: one {@link org.pain3d.unbc.UnbcDataException} naming the file (and line):
 *       missing root or trees, a missing label file ({@link
 *       org.pain3d.unbc.MissingLabelPolicy#ERROR}, or skipped and counted with {@code SKIP}),
 *       a malformed number, a landmark file without 66 rows, an unreadable image.
 *   <li>Folds: subject-independent, the standard 5 folds of SPEC section 7 or a {@code
 *       subject,fold} CSV, checked against the archive's subjects; the validation subjects for
 *       checkpoint selection come from the training folds only, drawn with a seed.
 *   <li>Neutral references: a uniformly drawn PSPI-0 frame of the same subject, drawn anew on
 *       every call from a seeded generator.
 *   <li>Crops: a square around the landmarks' bounding box with a margin of 0.2 of its larger
 *       side on each side, edge pixels repeated outside the image, resized to 224x224 by area
 *       averaging (bilinear when upscaling), ImageNet mean/std normalisation, CHW floats.
 * </ul>
 */
package org.pain3d.unbc;

