/**
 * What an identity looks like, sampled from its demographics and a seed: the head's shape
 * conditioned on anthropometric norms ({@link org.pain3d.synth.look.DemographicShape}),
 * soft-tissue ageing ({@link org.pain3d.synth.look.SoftTissueAgeing}), skin tone from the
 * individual typology angle, skin detail, hair, facial hair, eyes, make-up and the relaxed
 * rest pose ({@link org.pain3d.synth.look.LookSampler}). Each feature can be switched off
 * ({@link org.pain3d.synth.look.LookFeature}) for ablations; with every feature off the
 * identity looks as before these features existed.
 */
package org.pain3d.synth.look;
