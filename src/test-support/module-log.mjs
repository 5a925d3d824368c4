// Preload (`node --import ./module-log.mjs`) that appends every module URL the program resolves
// to the file named by MODULE_LOG: tests use it to check what a command loads, not how long it takes.
import { appendFileSync } from 'node:fs'
import { register } from 'node:module'

const hooks = `import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context)
  if (process.env.MODULE_LOG) appendFileSync(process.env.MODULE_LOG, r.url + '\\n')
  return r
}`
register(`data:text/javascript,${encodeURIComponent(hooks)}`)
if (process.env.MODULE_LOG) appendFileSync(process.env.MODULE_LOG, '')
