/** Pictures attached to a draft: what they are, where they were taken, and whether they carry the council's logo. */
export { assertRgba, ImageError, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, type ImageErrorCode, type ImageFormat, type RgbaImage } from './rgba-image.js';
export { readImageFacts, sniffImageFormat, type ImageFacts } from './image-facts.js';
export { removeMetadata } from './remove-metadata.js';
export { fingerprintLogo } from './logo-fingerprint.js';
export { compileLogos, MATCH_THRESHOLD, scanForLogos, type LogoIndex, type LogoScanMatch, type ScanOptions } from './logo-scan.js';
