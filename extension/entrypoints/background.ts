export default defineBackground(() => {
  // Filled in by the extension issue: side panel wiring and the storage service.
});
