import { i as info, w as warning } from './chunks/index.js';
import { e as errorLine } from './chunks/env.js';
import { R as saveCaches } from './chunks/cache.js';
import 'os';
import 'crypto';
import 'fs';
import 'path';
import './chunks/index2.js';
import 'http';
import 'https';
import 'net';
import 'tls';
import 'events';
import 'assert';
import 'util';
import 'node:assert';
import 'node:net';
import 'node:http';
import 'node:stream';
import 'node:buffer';
import 'node:util';
import 'node:querystring';
import 'node:events';
import 'node:diagnostics_channel';
import 'node:tls';
import 'node:zlib';
import 'node:perf_hooks';
import 'node:util/types';
import 'node:worker_threads';
import 'node:url';
import 'node:async_hooks';
import 'node:console';
import 'node:dns';
import 'string_decoder';
import 'child_process';
import 'timers';
import 'url';
import 'tty';
import 'node:path';
import 'node:crypto';
import 'node:fs';
import 'node:fs/promises';
import 'node:os';
import 'stream';
import 'buffer';
import 'node:process';
import 'node:https';
import 'node:module';

/** Entry point of the action's post step (dist/post.js): save the caches the main step planned. */
try {
    await saveCaches((m) => info(m), (m) => warning(m));
}
catch (err) {
    // The post step never fails the job: caching is an optimisation.
    warning(`cache save failed: ${errorLine(err)}`);
}
