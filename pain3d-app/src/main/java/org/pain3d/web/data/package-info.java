/**
 * The dataset browser: the dataset folders the server was opened on (ours or the published
 * 3DPain layout), read through {@link org.pain3d.dataset.DatasetReader} and checked by {@link
 * org.pain3d.dataset.check.DatasetChecker} ({@code pain3d inspect}); samples with their labels
 * and attributes (demographics, and whatever look or scene objects the metadata carries),
 * filters, thumbnails, pain-set details and files.
 */
package org.pain3d.web.data;
