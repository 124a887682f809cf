export * from './schema';
export { parseExportText, parseExportValue, exportFileName, type ParsedExport } from './parse';
export { IMPORT_PROBLEMS } from './messages';
export * from './session';
