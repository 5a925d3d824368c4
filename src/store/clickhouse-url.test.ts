import { describe, expect, test } from 'vitest'
import { maskPassword, parseClickHouseUrl } from './clickhouse-url.js'

describe('clickhouse urls', () => {
  test('user, password, host, port, database and cluster are read', () => {
    const t = parseClickHouseUrl('clickhouse://ana:s%40cret@10.0.0.5:8123/trade?cluster=two')
    expect(t).toMatchObject({ httpUrl: 'http://10.0.0.5:8123', user: 'ana', password: 's@cret', database: 'trade', cluster: 'two' })
    expect(t.masked).toBe('clickhouse://ana:***@10.0.0.5:8123/trade?cluster=two')
  })

  test('without a user or database: default, default', () => {
    expect(parseClickHouseUrl('clickhouse://127.0.0.1:8123')).toMatchObject({ user: 'default', password: '', database: 'default' })
  })

  test('nodes give each node an HTTP address', () => {
    const t = parseClickHouseUrl('clickhouse://127.0.0.1:18124/db?cluster=c&nodes=127.0.0.1:18124,127.0.0.1:18125')
    expect(t.nodes).toEqual(['127.0.0.1:18124', '127.0.0.1:18125'])
  })

  test.each([
    ['clickhouse://u:pw@127.0.0.1/db', /u:\*\*\*@127.*expected host:port/],
    ['clickhouse://127.0.0.1:8123/bad-name', /invalid clickhouse database name: "bad-name"/],
    ['clickhouse://127.0.0.1:8123/db?shard=1', /unknown clickhouse url option: "shard"/],
    ['clickhouse://127.0.0.1:8123/db?cluster=a;b', /invalid cluster name: "a;b"/],
    ['clickhouse://127.0.0.1:8123/db?cluster=c&nodes=x', /invalid node address: "x"/],
    ['clickhouse://127.0.0.1:8123/db?nodes=127.0.0.1:1', /nodes given without a cluster/],
  ])('%s is refused', (url, message) => expect(() => parseClickHouseUrl(url)).toThrow(message))

  test('a message never shows the password', () => {
    expect(maskPassword('clickhouse://ana:p:w@d@host:1/db')).toBe('clickhouse://ana:***@host:1/db')
    expect(() => parseClickHouseUrl('clickhouse://ana:hunter2@host/db')).toThrow(/^(?!.*hunter2)/)
  })
})
