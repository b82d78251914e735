/** Entry point of the action's post step (dist/post.js): save the caches the main step planned. */
import * as core from '@actions/core'
import { errorLine } from './errors.js'
import { saveCaches } from './github/cache.js'

try {
  await saveCaches(
    (m) => core.info(m),
    (m) => core.warning(m)
  )
} catch (err) {
  // The post step never fails the job: caching is an optimisation.
  core.warning(`cache save failed: ${errorLine(err)}`)
}
