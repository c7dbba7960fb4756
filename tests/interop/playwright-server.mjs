// A Playwright browser server on loopback for the remote-browser tests: `node playwright-server.mjs [package]`.
// Launches Debian's Chromium through playwright-core's chromium.launchServer, prints the ws:// endpoint on stdout,
// and closes when stdin ends (the test ended or died), so no browser outlives the test.
const packageName = process.argv[2] ?? 'playwright-core';
const { chromium } = await import(packageName);
const server = await chromium.launchServer({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  host: '127.0.0.1',
  port: 0,
  headless: true,
  // As root Chromium refuses its sandbox.
  args: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
});
console.log(server.wsEndpoint());
process.stdin.resume();
process.stdin.on('end', async () => {
  await server.close();
  process.exit(0);
});
