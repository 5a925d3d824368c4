import { Model, defaultModel } from '@alephdata/followthemoney'

let model: Model | undefined

/**
 * The FollowTheMoney model (schemata, their properties and types), built once for the process
 * and only when first asked: the FtM loader and /match's answers read it, a screening never.
 */
export function ftmModel(): Model {
  return (model ??= new Model(defaultModel))
}
