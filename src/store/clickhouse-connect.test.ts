import { createServer as createHttpServer } from 'node:http'
import { createServer as createTcpServer } from 'node:net'
import type { AddressInfo, Server, Socket } from 'node:net'
import { afterEach, describe, expect, test } from 'vitest'
import { clickhouseUrls, DEFAULT_CLICKHOUSE_URLS } from '../test-support/clickhouse.js'
import { clusterNodes, clusterShards } from './clickhouse-cluster.js'
import {
  checkClickHouse,
  checkVersion,
  maskPassword,
  parseClickHouseUrl,
} from './clickhouse-connect.js'

describe('parseClickHouseUrl', () => {
  test('reads user, password, host, port, database and cluster', () => {
    expect(
      parseClickHouseUrl('clickhouse://ana%40lyst:p%3Ass@127.0.0.1:18124/trade?cluster=two')
    ).toEqual({
      masked: 'clickhouse://ana%40lyst:***@127.0.0.1:18124/trade?cluster=two',
      httpUrl: 'http://127.0.0.1:18124',
      user: 'ana@lyst',
      password: 'p:ss',
      database: 'trade',
      cluster: 'two',
    })
  })

  test('defaults: user default, port 8123 (8443 over TLS)', () => {
    expect(parseClickHouseUrl('clickhouse://db.example/trade')).toMatchObject({
      httpUrl: 'http://db.example:8123',
      user: 'default',
      password: '',
      database: 'trade',
    })
    expect(parseClickHouseUrl('clickhouses://db.example/x').httpUrl).toBe('https://db.example:8443')
  })

  test('reads the HTTP addresses of the nodes of a cluster', () => {
    const url = 'clickhouse://h:1/db?cluster=c&nodes=127.0.0.1:18124,[::1]:18125'
    expect(parseClickHouseUrl(url).nodes).toEqual(['127.0.0.1:18124', '[::1]:18125'])
  })

  test.each([
    ['clickhouse://u:secret@host:99999/db', 'expected clickhouse://'],
    ['clickhouse://u:secret@host/db?cluster=c&nodes=a:1,b', 'node "b" is not host:port'],
    ['clickhouse://u:secret@host/db?nodes=a:1', 'nodes given without a cluster'],
    ['clickhouse://u:sec%zzret@host/db', 'bad percent-encoding in the password'],
    ['mysql://u:secret@host/db', 'the scheme must be clickhouse://'],
    ['clickhouse://u:secret@host/a/b', 'the path names one database'],
    ['clickhouse://u:secret@host/db?clustr=x', 'unknown parameter clustr; known: cluster, nodes'],
    ['clickhouse://u:secret@host/db?cluster=', 'empty cluster name'],
  ])('%s is refused, its password masked', (url, why) => {
    expect(() => parseClickHouseUrl(url)).toThrow(
      `invalid clickhouse url: "${maskPassword(url)}" (${why}`
    )
    expect(() => parseClickHouseUrl(url)).not.toThrow(/secret/)
  })

  test.each([
    ['clickhouse://u:secret@h:1/db', 'clickhouse://u:***@h:1/db'],
    ['clickhouse://u:se:cr%40et@h/db?cluster=c', 'clickhouse://u:***@h/db?cluster=c'],
    // Regression: an unencoded @ in the password left the part after it shown; the URL parser
    // takes the last @ before the host, so the mask must too.
    ['clickhouse://u:p@ss@h:1/db', 'clickhouse://u:***@h:1/db'],
    ['clickhouse://u:p:w@d@h:1/db?cluster=c', 'clickhouse://u:***@h:1/db?cluster=c'],
    ['clickhouse://u@h/db', 'clickhouse://u@h/db'],
    ['clickhouse://h:8123/db', 'clickhouse://h:8123/db'],
    ['not a url u:secret@', 'not a url u:secret@'],
  ])('maskPassword(%s) = %s', (url, masked) => expect(maskPassword(url)).toBe(masked))
})

describe('checkVersion', () => {
  const target = parseClickHouseUrl('clickhouse://u:secret@127.0.0.1:1/db')
  test.each(['18.16.1', '19.1', '24.3.1.2672'])('%s is accepted', (v) =>
    expect(() => checkVersion(target, v)).not.toThrow()
  )
  test.each([
    ['18.14.19', 'is version 18.14.19: chokepoint needs 18.16 or later'],
    ['1.1.54343', 'is version 1.1.54343: chokepoint needs 18.16 or later'],
    ['banana', 'reports version "banana": not a clickhouse version chokepoint knows'],
  ])('%s is refused by name', (v, why) =>
    expect(() => checkVersion(target, v)).toThrow(
      `clickhouse at clickhouse://u:***@127.0.0.1:1/db ${why}`
    )
  )
})

// Faults, on loopback only: each ends with an error naming the URL (password masked), in bounded time.
const servers: Server[] = []
const sockets: Socket[] = []
afterEach(async () => {
  // A silent server's sockets stay open until destroyed, and close() waits for them.
  sockets.splice(0).forEach((s) => s.destroy())
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))))
})
const listen = async (server: Server) => {
  servers.push(server)
  server.on('connection', (socket: Socket) => sockets.push(socket))
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return (server.address() as AddressInfo).port
}
/** A loopback port nothing listens on: taken, then released. */
const closedPort = async () => {
  const server = createTcpServer()
  const port = await listen(server)
  await new Promise((done) => server.close(done))
  servers.splice(servers.indexOf(server), 1)
  return port
}
/** A loopback HTTP server that answers /ping like ClickHouse and says it is `version`. */
const fakeClickHouse = (version: string, pingAnswer = 'Ok.\n') =>
  listen(
    createHttpServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk))
      req.on('end', () => {
        if (req.url === '/ping') return res.end(pingAnswer)
        res.end(
          /version\(\)/.test(body + decodeURIComponent(req.url ?? '')) ? `${version}\n` : '1\n'
        )
      })
    })
  )

async function refusal(
  url: string,
  timeoutMs = 1_000
): Promise<{ message: string; seconds: number }> {
  const started = performance.now()
  const err = await checkClickHouse(url, { timeoutMs }).then(
    () => new Error('no error'),
    (e: Error) => e
  )
  return { message: err.message, seconds: (performance.now() - started) / 1000 }
}

describe('checkClickHouse faults', () => {
  test('a closed port: unreachable, named with the password masked, at once', async () => {
    const url = `clickhouse://ana:secret@127.0.0.1:${await closedPort()}/chokepoint`
    const { message, seconds } = await refusal(url)
    expect(message).toBe(`clickhouse at ${maskPassword(url)} is unreachable: connection refused`)
    expect(message).not.toContain('secret')
    expect(seconds).toBeLessThan(2)
  })

  test('a server that accepts and never answers: a timeout naming the URL, never a hang', async () => {
    const port = await listen(createTcpServer(() => undefined))
    const url = `clickhouse://ana:secret@127.0.0.1:${port}/chokepoint`
    const { message, seconds } = await refusal(url, 1_000)
    expect(message).toBe(
      `clickhouse at clickhouse://ana:***@127.0.0.1:${port}/chokepoint did not answer within 1 s`
    )
    expect(seconds).toBeGreaterThanOrEqual(0.9)
    expect(seconds).toBeLessThan(3)
  })

  test.each([
    ['1.1.54343', 'is version 1.1.54343: chokepoint needs 18.16 or later'],
    ['18.14.9', 'is version 18.14.9: chokepoint needs 18.16 or later'],
    [
      'ClickHose 9000',
      'reports version "ClickHose 9000": not a clickhouse version chokepoint knows (needs 18.16 or later)',
    ],
  ])('a server that says it is %s is refused by name', async (version, why) => {
    const url = `clickhouse://ana:secret@127.0.0.1:${await fakeClickHouse(version)}/chokepoint`
    expect((await refusal(url)).message).toBe(`clickhouse at ${maskPassword(url)} ${why}`)
  })

  test('an HTTP server that is not ClickHouse is refused by name', async () => {
    const url = `clickhouse://ana:secret@127.0.0.1:${await fakeClickHouse('24.1', 'Not Found')}/chokepoint`
    expect((await refusal(url)).message).toBe(
      `no clickhouse at ${maskPassword(url)}: /ping answered 200 "Not Found" (expected "Ok.")`
    )
  })
})

describe.skipIf(clickhouseUrls.length === 0).each(clickhouseUrls)('on %s', (url) => {
  test('the server passes the check and names its version', async () => {
    expect((await checkClickHouse(url)).version).toMatch(/^\d+\.\d+\.\d+/)
  })

  test('a wrong password is refused, naming the user, the password masked', async () => {
    const bad = url.replace('clickhouse://', 'clickhouse://chokepoint:not-the-password@')
    const { message } = await refusal(bad, 3_000)
    expect(message).toMatch(
      /^clickhouse at clickhouse:\/\/chokepoint:\*\*\*@.* refused the login of user "chokepoint": /
    )
    expect(message).not.toContain('not-the-password')
  })

  test.skipIf(!DEFAULT_CLICKHOUSE_URLS.includes(url))(
    'the test user logs in with its password',
    async () => {
      const withUser = url.replace('clickhouse://', 'clickhouse://chokepoint:chokepoint-test@')
      await expect(checkClickHouse(withUser)).resolves.toMatchObject({
        target: { user: 'chokepoint' },
      })
    }
  )

  test.skipIf(!parseClickHouseUrl(url).cluster)(
    'the cluster lists its shards; an unknown cluster is refused by name',
    async () => {
      const shards = await clusterShards(parseClickHouseUrl(url))
      expect(shards.map((s) => s.shard)).toEqual(shards.map((_, i) => i + 1))
      if (url === DEFAULT_CLICKHOUSE_URLS[1])
        expect(shards.map((s) => `${s.address}:${s.port}`)).toEqual([
          '127.0.0.1:19001',
          '127.0.0.1:19002',
        ])
      const other = parseClickHouseUrl(url.replace(/cluster=[^&]*/, 'cluster=no_such_cluster'))
      await expect(clusterShards(other)).rejects.toThrow(
        /has no cluster "no_such_cluster" \(known: .+\)/
      )
    }
  )

  test.skipIf(url !== DEFAULT_CLICKHOUSE_URLS[1])(
    "each shard's HTTP address: from its http_port macro, or as the URL lists them",
    async () => {
      const found = await clusterNodes(parseClickHouseUrl(url))
      expect(found.map((n) => [n.shard.shard, n.httpUrl])).toEqual([
        [1, 'http://127.0.0.1:18124'],
        [2, 'http://127.0.0.1:18125'],
      ])
      const listed = await clusterNodes(
        parseClickHouseUrl(`${url}&nodes=localhost:18124,localhost:18125`)
      )
      expect(listed.map((n) => n.httpUrl)).toEqual([
        'http://localhost:18124',
        'http://localhost:18125',
      ])
      await expect(
        clusterNodes(parseClickHouseUrl(`${url}&nodes=localhost:18124`))
      ).rejects.toThrow(/lists 1 nodes, but cluster "chokepoint_two_shards" has 2 shards/)
    }
  )
})

describe('URLs a user may give', () => {
  test("the server's own databases are refused: chokepoint makes no tables among them", () => {
    for (const db of ['system', 'INFORMATION_SCHEMA', 'information_schema', 'default']) {
      expect(() => parseClickHouseUrl(`clickhouse://h:1/${db}`)).toThrow(`"${db}" is the server's own database; name one for chokepoint`)
    }
    // Regression: without a path the URL meant `default`, and ingest made its tables there.
    for (const url of ['clickhouse://h:1', 'clickhouse://h:1/'])
      expect(() => parseClickHouseUrl(url)).toThrow('no database: name one for chokepoint, e.g. clickhouse://host:8123/chokepoint')
  })

  test('clickhouses:// to a plain HTTP port: says TLS failed, not a bare EPROTO', async () => {
    const server = createHttpServer((_req, res) => res.end('Ok.\n'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const url = `clickhouses://127.0.0.1:${(server.address() as AddressInfo).port}/chokepoint`
      const { message } = await refusal(url)
      expect(message).toMatch(/^clickhouse at clickhouses:\/\/127\.0\.0\.1:\d+\/chokepoint is unreachable: no TLS there \((EPROTO|ERR_SSL_[A-Z_]+)\): clickhouses:\/\/ speaks HTTPS; use clickhouse:\/\/ for a plain HTTP port$/)
    } finally {
      server.close()
    }
  })

  // Regression: only clickhouse: was routed to ClickHouse; clickhouses:// was opened as a DuckDB
  // file path, and that error showed the password.
  test('a clickhouses:// URL is opened as ClickHouse, its password masked', async () => {
    const url = `clickhouses://ana:secret@127.0.0.1:${await closedPort()}/chokepoint`
    const { openStore } = await import('./open.js')
    const err = await openStore(url).then(() => undefined, (e: Error) => e)
    expect(err?.message).toBe(`clickhouse at ${maskPassword(url)} is unreachable: connection refused`)
  })

  test('a URL without a port names the address tried', async () => {
    const err = await checkClickHouse('clickhouses://ana:secret@127.0.0.1/chokepoint', { timeoutMs: 500 }).then(() => undefined, (e: Error) => e)
    expect(err?.message).toMatch(/^clickhouse at clickhouses:\/\/ana:\*\*\*@127\.0\.0\.1\/chokepoint \(https:\/\/127\.0\.0\.1:8443\) (is unreachable|did not answer)/)
  })
})
