import { SingleBar, Presets } from 'cli-progress'

/** A progress bar on stderr, only when stderr is a terminal (DESIGN.md). */
export function progressBar(label: string): ((fraction: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined
  const bar = new SingleBar({ format: `${label} [{bar}] {percentage}%`, stream: process.stderr, clearOnComplete: true }, Presets.shades_classic)
  bar.start(100, 0)
  return (f: number) => {
    bar.update(Math.round(f * 100))
    if (f >= 1) bar.stop()
  }
}
