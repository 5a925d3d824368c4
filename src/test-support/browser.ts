import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve, type ServerType } from '@hono/node-server'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
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

/** What `dashboardPages` hands each test: the served dashboard and this test's page. */
export interface PageContext {
  d: Dashboard
  page: Page
  /** Drops the console errors a test expects (the browser logs a refused request itself). */
  allow(pattern: RegExp): void
}

/**
 * The hooks every browser test file needs: one dashboard for the describe block (`setup` adds
 * fixtures once), a fresh page per test, and any error in the page's console failing the test.
 */
export function dashboardPages(setup?: (d: Dashboard) => Promise<void>): PageContext {
  let errors: string[] = []
  const t = {
    allow(pattern: RegExp) {
      errors = errors.filter((e) => !pattern.test(e))
    },
  } as PageContext
  beforeAll(async () => {
    t.d = await openDashboard()
    await setup?.(t.d)
  })
  afterAll(() => t.d?.close())
  beforeEach(async () => {
    t.page = await t.d.browser.newPage()
    errors = []
    t.page.on('pageerror', (e) => errors.push(e.message))
    t.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  })
  afterEach(async () => {
    await t.page.close()
    expect(errors).toEqual([])
  })
  return t
}
