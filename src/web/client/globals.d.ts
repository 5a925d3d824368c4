// Observable Plot is loaded as its UMD build (/vendor/plot.js), a global: the dashboard has no
// bundler. Its own types describe the global.
import type * as PlotModule from '@observablehq/plot'

declare global {
  const Plot: typeof PlotModule
}
