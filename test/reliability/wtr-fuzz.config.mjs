// The project's web-test-runner config, for the fuzz file alone with room for long runs.
import config from '../../web-test-runner.config.mjs';

export default {
  ...config,
  files: ['test/reliability/fuzz.test.ts'],
  testsFinishTimeout: 60 * 60 * 1000,
};
