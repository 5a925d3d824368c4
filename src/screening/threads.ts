import { Worker, type ResourceLimits } from 'node:worker_threads'

/**
 * Starts a worker thread from a module beside this one. Under tsx (tests, dev) the worker
 * registers tsx itself: loader hooks do not reach workers.
 */
export function startWorker(
  file: string,
  workerData: unknown,
  resourceLimits?: ResourceLimits
): Worker {
  const ts = import.meta.url.endsWith('.ts')
  const url = new URL(ts ? `./${file}.ts` : `./${file}.js`, import.meta.url)
  if (!ts) return new Worker(url, { workerData, resourceLimits })
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}) })`
  return new Worker(boot, { eval: true, workerData, resourceLimits })
}
