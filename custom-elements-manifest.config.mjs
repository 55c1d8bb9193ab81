// Settings for @custom-elements-manifest/analyzer, run by scripts/manifest.mjs.
export default {
  litelement: true,
  // scripts/manifest.mjs writes the files and package.json "customElements" stays as committed.
  packagejson: false,
};
