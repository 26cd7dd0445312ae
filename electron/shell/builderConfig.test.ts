// electron-builder cannot produce an installer here (it downloads Electron), so its
// configuration is checked instead: the settings the app depends on, and
// electron-builder's own schema validation of the whole file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FUSES } from './fuses';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
type Target = { target: string; arch: string[] };
type Platform = 'win' | 'linux' | 'mac';

/** What these tests read of the configuration (electron-builder's schema check below takes the whole file). */
interface BuilderConfig extends Record<Platform, { target: Target[] }> {
  appId: string;
  productName: string;
  copyright: string;
  forceCodeSigning: boolean;
  directories: { output: string };
  files: string[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  electronFuses: Record<string, boolean>;
  nsis: { oneClick: boolean; allowToChangeInstallationDirectory: boolean; language: string; installerLanguages: string[] };
  linux: { target: Target[]; category: string; maintainer: string; vendor: string };
  win: { target: Target[]; signtoolOptions?: Record<string, unknown>; verifyUpdateCodeSignature: boolean } & Record<string, unknown>;
  publish: { provider: string; url: string };
}

const config = parse(read('electron-builder.yml')) as BuilderConfig;
const pkg = JSON.parse(read('package.json')) as { main: string; productName: string; dependencies: Record<string, string> };

const archsOf = (platform: Platform, name: string) => config[platform].target.find((t) => t.target === name)?.arch;

describe('electron-builder.yml', () => {
  it('names the product', () => {
    expect(config.appId).toBe('cn.gov.jiading.liaison');
    expect(config.productName).toBe('对口支援工作台');
    expect(config.productName).toBe(pkg.productName);
    expect(config.directories.output).toBe('release');
  });

  it('names no particular bureau in the product metadata (the unit is a setting); the appId stays as shipped', () => {
    for (const text of [config.copyright, config.linux.maintainer, config.linux.vendor]) {
      expect(text).toMatch(/对口支援工作台/);
      expect(text).not.toMatch(/嘉定|人力资源和社会保障局/);
    }
  });

  it('signs Windows builds only with a certificate from the environment, and never forces it', () => {
    expect(config.forceCodeSigning).toBe(false);
    // No certificate, password or subject in the file: CSC_LINK / CSC_KEY_PASSWORD (WIN_CSC_*) supply them.
    for (const key of ['cscLink', 'cscKeyPassword', 'sign', 'azureSignOptions']) expect(config.win, key).not.toHaveProperty(key);
    const signtool = config.win.signtoolOptions ?? {};
    for (const key of ['certificateFile', 'certificatePassword', 'certificateSha1', 'certificateSubjectName', 'sign']) expect(signtool, key).not.toHaveProperty(key);
    expect(signtool.signingHashAlgorithms).toEqual(['sha256']);
    // The publisher name comes from the certificate: fixed here, it would be written into unsigned
    // builds' app-update.yml too, and electron-updater would then refuse every unsigned update.
    expect(signtool).not.toHaveProperty('publisherName');
    expect(config.win.verifyUpdateCodeSignature).toBe(true);
  });

  it('packs only the built app and the native SQLite driver', () => {
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.files).toContain('dist/**');
    expect(config.files).toContain('package.json');
    const modules = config.files.filter((f) => f.startsWith('node_modules/'));
    expect(modules.length).toBeGreaterThan(0);
    for (const f of modules) expect(f).toMatch(/^node_modules\/better-sqlite3-multiple-ciphers\//);
    // The runtime needs its JS and the prebuilt binaries; sources and build files stay out.
    expect(config.files).toEqual(expect.arrayContaining(['node_modules/better-sqlite3-multiple-ciphers/lib/**', 'node_modules/better-sqlite3-multiple-ciphers/prebuilds/**']));
    expect(Object.keys(pkg.dependencies)).toEqual(['better-sqlite3-multiple-ciphers']);
  });

  it('keeps better-sqlite3 loadable: asar with *.node unpacked, no rebuild', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(false);
  });

  it('flips the fuses the shell expects', () => {
    expect(config.electronFuses).toEqual(FUSES);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds a Chinese NSIS installer for Windows x64 and arm64 that lets the user pick the folder', () => {
    expect(archsOf('win', 'nsis')).toEqual(['x64', 'arm64']);
    expect(config.nsis.oneClick).toBe(false);
    expect(config.nsis.allowToChangeInstallationDirectory).toBe(true);
    expect(config.nsis.language).toBe('2052');
    expect(config.nsis.installerLanguages).toEqual(['zh_CN']);
  });

  it('builds AppImage and deb for Linux x64 and arm64, in the Office category', () => {
    expect(archsOf('linux', 'AppImage')).toEqual(['x64', 'arm64']);
    expect(archsOf('linux', 'deb')).toEqual(['x64', 'arm64']);
    expect(config.linux.category).toBe('Office');
  });

  it('builds dmg for macOS x64 and arm64', () => {
    expect(archsOf('mac', 'dmg')).toEqual(['x64', 'arm64']);
  });

  it('publishes for the generic provider, with a placeholder address the setting overrides', () => {
    expect(config.publish).toEqual({ provider: 'generic', url: expect.stringMatching(/^https:\/\/[^/]+\.invalid\//) });
  });

  it("passes electron-builder's own schema validation", async () => {
    // Deep imports: validateConfiguration is not re-exported from the package root.
    const { validateConfiguration } = await import('app-builder-lib/out/util/config/config');
    const { DebugLogger } = await import('builder-util');
    type Configuration = Parameters<typeof validateConfiguration>[0];
    await expect(validateConfiguration(structuredClone(config) as Configuration, new DebugLogger(false))).resolves.toBeUndefined();
    // And it does reject a misspelt key, so the check above means something.
    const misspelt = { ...structuredClone(config), electronFuse: {} } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(/electronFuse/);
  });
});
