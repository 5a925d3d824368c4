import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { chromium, type BrowserContext } from 'playwright-core'
import { openFixture, type Fixture } from './app.js'
import { REPO_ROOT } from './files.js'

/** Debian's chromium; CI installs it (.ci/run). Browser tests skip, saying so, when it is absent. */
export const CHROMIUM = '/usr/bin/chromium'
export const HAS_CHROMIUM = existsSync(CHROMIUM)
if (!HAS_CHROMIUM) console.warn(`skipping browser tests: ${CHROMIUM} is not installed (apt-get install -y chromium)`)

/** Screenshots land here (gitignored) so a person can look at what the tests saw. */
export const SHOTS = join(REPO_ROOT, 'test-output')

export interface Dashboard {
  url: string
  fixture: Fixture
  browser: BrowserContext
  close(): Promise<void>
}

/**
 * The fixture database served on a free loopback port, and a headless chromium with a fresh
 * profile that accepts downloads.
 */
export async function openDashboard(): Promise<Dashboard> {
  mkdirSync(SHOTS, { recursive: true })
  const fixture = await openFixture()
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: fixture.app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s))
  })
  const { port } = server.address() as AddressInfo
  const profile = mkdtempSync(join(tmpdir(), 'chokepoint-chromium-'))
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  return {
    url: `http://127.0.0.1:${port}`,
    fixture,
    browser,
    async close() {
      await browser.close()
      await new Promise((resolve) => server.close(resolve))
      await fixture.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
