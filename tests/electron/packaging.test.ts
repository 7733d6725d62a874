/**
 * The packaging configuration (electron-builder.yml) hardens the shipped Electron binary with
 * fuses. Packaging itself cannot run here (Electron's runtime is not downloaded in CI), so the
 * configuration is read and checked against electron-builder's own schema.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// electron-builder's own YAML reader (a dependency of electron-builder, no types of its own).
const yaml = require('js-yaml') as { load(text: string): unknown };
const root = path.resolve(__dirname, '../..');
const config = yaml.load(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const scheme = require('app-builder-lib/scheme.json') as {
  properties: Record<string, unknown>;
  definitions: { FuseOptionsV1: { properties: Record<string, { type?: string }> }; AsarOptions: { properties: Record<string, unknown> } };
};

describe('electron-builder.yml: Electron fuses', () => {
  const fuses = config.electronFuses as Record<string, unknown>;

  it('turns off running as Node, NODE_OPTIONS and the inspector arguments', () => {
    expect(fuses.runAsNode).toBe(false);
    expect(fuses.enableNodeOptionsEnvironmentVariable).toBe(false);
    expect(fuses.enableNodeCliInspectArguments).toBe(false);
  });

  it('loads the app only from app.asar, checks its integrity, and grants file:// nothing extra', () => {
    expect(fuses.onlyLoadAppFromAsar).toBe(true);
    expect(fuses.enableEmbeddedAsarIntegrityValidation).toBe(true);
    expect(fuses.grantFileProtocolExtraPrivileges).toBe(false);
    // The integrity hash is only embedded in an asar archive that does not opt out of it.
    expect(config.asar === true || (typeof config.asar === 'object' && config.asar !== null && (config.asar as { disableIntegrity?: boolean }).disableIntegrity !== true)).toBe(true);
  });

  it('uses only fuse names electron-builder knows, each a boolean', () => {
    expect(scheme.properties).toHaveProperty('electronFuses');
    const known = scheme.definitions.FuseOptionsV1.properties;
    for (const [name, value] of Object.entries(fuses)) {
      expect(known, `unknown fuse ${name}`).toHaveProperty(name);
      expect(typeof value).toBe('boolean');
    }
  });

  it('uses only top-level keys electron-builder knows', () => {
    for (const key of Object.keys(config)) expect(scheme.properties, `unknown key ${key}`).toHaveProperty(key);
  });
});
