import { defineWebExtConfig } from 'wxt';

// Dev mode must not try to launch a browser on a headless box (it crashes with ECONNRESET as root).
export default defineWebExtConfig({ disabled: true });
