/**
 * HTTP for toolchain indexes and archives, through @actions/http-client so a runner's proxy
 * settings apply. Retries what a retry can fix (connection errors, cut-off bodies, 408/429/5xx)
 * with short backoff; everything else fails at once with the URL and status.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { HttpClient } from '@actions/http-client'

export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number
  ) {
    super(`GET ${url} answered HTTP ${status}`)
  }
}

export interface Downloaded {
  file: string
  sha256: string
  size: number
}

export interface RetryPolicy {
  attempts: number
  /** backoff before retry n is baseDelayMs * 2^(n-1) */
  baseDelayMs: number
}

const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500 }

function retryable(err: unknown): boolean {
  if (err instanceof HttpStatusError) return err.status >= 500 || err.status === 408 || err.status === 429
  // A name that does not resolve will not resolve in a second either (offline, a typo'd mirror).
  if ((err as NodeJS.ErrnoException).code === 'ENOTFOUND') return false
  return true // connection refused/reset, timeouts, cut-off bodies
}

export class Http {
  private readonly client = new HttpClient('go-cross-matrix', [], {
    allowRetries: false,
    socketTimeout: 60_000,
    keepAlive: true
  })

  constructor(
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    private readonly onRetry: (message: string) => void = () => {}
  ) {}

  async getText(url: string): Promise<string> {
    return this.withRetry(async () => {
      const res = await this.client.get(url)
      const status = res.message.statusCode ?? 0
      const body = await res.readBody()
      if (status !== 200) throw new HttpStatusError(url, status)
      return body
    })
  }

  /** The body as bytes, for binary answers (checksum database tiles) and signed text. */
  async getBytes(url: string): Promise<Buffer> {
    return this.withRetry(async () => {
      const res = await this.client.get(url)
      const status = res.message.statusCode ?? 0
      const chunks: Buffer[] = []
      for await (const chunk of res.message) chunks.push(chunk as Buffer) // rejects on a reset
      if (status !== 200) throw new HttpStatusError(url, status)
      const body = Buffer.concat(chunks)
      if (!res.message.complete) throw new Error(`GET ${url} was cut off after ${body.length} bytes`)
      return body
    })
  }

  async getJson<T>(url: string): Promise<T> {
    const text = await this.getText(url)
    try {
      return JSON.parse(text) as T
    } catch {
      throw new Error(`GET ${url} did not answer JSON (starts with ${JSON.stringify(text.slice(0, 40))})`)
    }
  }

  /** Streams url into file, hashing as it goes; a cut-off body is an error (and retried). */
  async download(
    url: string,
    file: string,
    /** bytes so far and the announced total (NaN when unknown), as they arrive */
    onProgress?: (bytes: number, total: number) => void
  ): Promise<Downloaded> {
    return this.withRetry(async () => {
      const res = await this.client.get(url)
      const status = res.message.statusCode ?? 0
      if (status !== 200) {
        res.message.resume()
        throw new HttpStatusError(url, status)
      }
      const expected = Number(res.message.headers['content-length'] ?? NaN)
      const hash = createHash('sha256')
      let size = 0
      const tap = new Transform({
        transform(chunk: Buffer, _enc, done) {
          hash.update(chunk)
          size += chunk.length
          onProgress?.(size, expected)
          done(null, chunk)
        }
      })
      try {
        await pipeline(res.message, tap, createWriteStream(file))
        if (!res.message.complete || (Number.isFinite(expected) && size !== expected)) {
          throw new Error(`GET ${url} was cut off after ${size} of ${expected} bytes`)
        }
      } catch (err) {
        await rm(file, { force: true })
        throw err
      }
      return { file, sha256: hash.digest('hex'), size }
    })
  }

  private async withRetry<T>(attempt: () => Promise<T>): Promise<T> {
    for (let n = 1; ; n++) {
      try {
        return await attempt()
      } catch (err) {
        if (n >= this.retry.attempts || !retryable(err)) throw err
        const delay = this.retry.baseDelayMs * 2 ** (n - 1)
        this.onRetry(
          `${(err as Error).message}; retrying in ${delay} ms (attempt ${n + 1} of ${this.retry.attempts})`
        )
        await new Promise((resolve) => setTimeout(resolve, delay))
      }
    }
  }

  dispose(): void {
    this.client.dispose()
  }
}
