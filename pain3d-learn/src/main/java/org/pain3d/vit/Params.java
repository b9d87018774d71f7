package org.pain3d.vit;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.Initializer;

/** Creates DJL parameters with a fixed shape and initializer. */
final class Params {
  private Params() {}

  static Parameter create(String name, Parameter.Type type, Initializer init, long... shape) {
    return Parameter.builder()
        .setName(name)
        .setType(type)
        .optShape(new Shape(shape))
        .optInitializer(init)
        .build();
  }
}
