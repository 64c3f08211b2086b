import { defineConfig } from 'vitest/config';

// Three projects, runnable alone (npm run test:unit | test:protocol | test:integration):
// - unit: in-process, no Docker, no built server, no browser;
// - protocol: the built server driven by real MCP clients (SDK, Inspector CLI, mcp-remote) over
//   stdio and HTTP, with the security catalogues that attack it the same way;
// - integration: real engines (the fleet included), reliability drills and the views in chromium.
const needsTheProduct = ['test/helpers/global-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Protocol tests spawn real server processes against one real engine; two cores here.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      { extends: true, test: { name: 'protocol', include: ['test/protocol/**/*.test.ts', 'test/security/**/*.test.ts', 'test/clients/**/*.test.ts'], globalSetup: needsTheProduct } },
      { extends: true, test: { name: 'integration', include: ['test/integration/**/*.test.ts', 'test/reliability/**/*.test.ts', 'test/views/**/*.test.ts'], globalSetup: needsTheProduct } },
    ],
  },
});
