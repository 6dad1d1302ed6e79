import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // The Postgres cluster and the Cloud Run fake server are real processes; give them room.
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    env: {
      // Google client libraries probe the GCE metadata server unless told not to.
      METADATA_SERVER_DETECTION: 'none',
      NO_COLOR: '1',
    },
  },
});
