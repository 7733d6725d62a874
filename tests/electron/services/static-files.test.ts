import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { resolveStaticPath } from '../../../electron/services/static-files';

describe('static path resolution (app:// and the bridge)', () => {
  const root = path.resolve('/srv/app');
  it('maps / to index.html and keeps files inside the root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/a.js')).toBe(path.join(root, 'assets', 'a.js'));
  });
  it('refuses traversal in every spelling', () => {
    for (const p of ['/../etc/passwd', '/%2e%2e/etc/passwd', '/a/../../etc', '/..%2f..%2fetc', '/a%5c..%5c..', '/%00', '/%E0%A4%A']) {
      expect(resolveStaticPath(root, p), p).toBeNull();
    }
  });
});
