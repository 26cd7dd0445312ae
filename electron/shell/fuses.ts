// Electron fuses flipped by electron-builder at packaging (`electronFuses` in
// electron-builder.yml, which a test keeps equal to this). They turn off ways of
// running the signed binary as something other than this app.
export const FUSES = {
  // ELECTRON_RUN_AS_NODE would make the binary a general Node.js.
  runAsNode: false,
  // NODE_OPTIONS and --inspect would let anyone inject code or attach a debugger.
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableCookieEncryption: true,
  // Load the app only from the (integrity-checked) app.asar.
  onlyLoadAppFromAsar: true,
  enableEmbeddedAsarIntegrityValidation: true,
  // The renderer is served from app://, so file:// needs no extra privileges.
  grantFileProtocolExtraPrivileges: false,
} as const;
