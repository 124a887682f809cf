import { describe, expect, it, vi } from 'vitest';
import { WELCOME } from '../../../extension/welcome/copy';
import { welcomeOnInstall } from '../../../extension/welcome/on-installed';

describe('the welcome page', () => {
  it.each([
    ['install', true],
    ['update', false],
    ['chrome_update', false],
    ['browser_update', false],
    ['shared_module_update', false],
  ])('runtime.onInstalled with reason %s opens it: %s', async (reason, opens) => {
    const openTab = vi.fn(async () => ({}));
    expect(await welcomeOnInstall({ reason }, openTab, 'chrome-extension://x/welcome.html')).toBe(opens);
    expect(openTab).toHaveBeenCalledTimes(opens ? 1 : 0);
  });

  it('says everything in Bahasa Indonesia and English, with no exclamation marks', () => {
    for (const [key, text] of Object.entries(WELCOME)) {
      expect(text.id.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
      expect(`${text.id}${text.en}`, key).not.toContain('!');
    }
  });
});
