/** The OCR files and their sizes, measured by web/build/ocr-files.ts when the page is built. */
declare module 'virtual:rapi-ocr-files' {
  const files: import('./ocr/files').OcrFileSet;
  export default files;
}
