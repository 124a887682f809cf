/** Cache Storage for the OCR files once the seller agreed to download them (web/ocr/download.ts fills it). */
export const OCR_CACHE = 'rapi-ocr';
/** The folder under the page where the OCR files are (web/build/ocr-files.ts puts them there). */
export const OCR_DIR = 'ocr/';
