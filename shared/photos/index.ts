/** Photo checks on the device: pixels and text read on photos → findings. Same code in the extension and Node. */
export { analyzePhotos, measurePhotos, runPhotoChecks, type AnalyzeOptions, type PhotoReport } from './analyze';
export { photoChecks } from '../checks/registry';
export type { MeasuredPhoto, PhotoCheck } from './check-types';
export { measurePhoto } from './measure';
export { downscale } from './pixels';
export { hammingDistance } from './metrics/phash';
export type { DecodedPhoto, PhotoAnalysis, PhotoFinding, PhotoMetrics, PixelImage, Box } from './types';
export type { OcrResult, OcrLine, OcrWord } from './ocr/types';
