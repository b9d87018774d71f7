package org.pain3d.web.model;

import java.awt.image.BufferedImage;

/**
 * An image given to a prediction, decoded.
 *
 * @param name where it came from ({@code upload:frame.png}, {@code dataset 0:images/...})
 * @param image the pixels
 */
record NamedImage(String name, BufferedImage image) {}
