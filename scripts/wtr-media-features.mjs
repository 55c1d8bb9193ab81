// A web-test-runner command that emulates any CSS media feature puppeteer knows, such as
// `forced-colors: active` (@web/test-runner-commands' emulateMedia passes only the colour
// scheme and reduced motion to puppeteer). From a test:
//   executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value: 'active' }])
export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      await session.browser.getPage(session.id).emulateMediaFeatures(payload);
      return true;
    },
  };
}
