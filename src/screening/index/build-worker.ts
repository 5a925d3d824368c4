import { parentPort } from 'node:worker_threads'
import type { Entity } from '../model.js'
import { indexPacker } from './candidates.js'

// Builds one packed index from entities sent in parts, answers with it and is ended: the
// garbage of analysing every entity goes with the thread.
const packer = indexPacker()
parentPort!.on('message', (m: { items: { entity: Entity; version: string }[] } | 'done') => {
  if (m === 'done') parentPort!.postMessage(packer.finish())
  else packer.add(m.items)
})
