/** Entry point of the action's main step (dist/index.js). */
import { runAction } from './github/main.js'

await runAction()
