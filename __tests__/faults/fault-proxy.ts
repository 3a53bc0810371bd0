/**
 * A pass-through HTTP proxy in front of the fake GitHub server for the faults GitHub's answers cannot
 * express: a connection reset (the socket is destroyed once the request is read), a timeout (the
 * request is read and never answered) and a lost answer (the request reaches GitHub and takes effect,
 * then the connection drops before the answer). Everything else is forwarded as is, and every request the
 * client sent is recorded here, faulted or not.
 */
import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export type ConnectionFault = 'reset' | 'hang' | 'lose-answer'

/** `METHOD /path` of a request; GraphQL requests are `POST /graphql`. */
export type RequestMatcher = (method: string, path: string) => boolean

interface Rule {
  readonly matches: RequestMatcher
  readonly fault: ConnectionFault
  remaining: number
}

export interface ProxiedRequest {
  readonly method: string
  readonly path: string
  /** What the proxy did: forwarded (with the upstream status), reset, hung, or forwarded and the answer lost. */
  readonly outcome: number | ConnectionFault
  /** Milliseconds since the proxy started, when the request had been read. */
  readonly at: number
}

export class FaultProxy {
  readonly requests: ProxiedRequest[] = []
  private readonly rules: Rule[] = []
  private readonly sockets = new Set<Socket>()
  private server: Server | undefined
  private started = 0

  constructor(private readonly upstream: string) {}

  /** Requests per operation, e.g. `{ 'POST pulls/reviews': 2, 'POST graphql': 1 }`. */
  counts(): Record<string, number> {
    const counts: Record<string, number> = {}
    for (const { method, path } of this.requests) {
      const operation = path
        .replace(/^\/repos\/[^/]+\/[^/]+\/(pulls|issues)\/(?:\d+\/)?/, '$1/')
        .replace(/\/\d+$/, '/{id}')
        .replace(/^\//, '')
      const key = `${method} ${operation}`
      counts[key] = (counts[key] ?? 0) + 1
    }
    return counts
  }

  /** The next `times` matching requests get this fault (Infinity: every one). */
  inject(fault: ConnectionFault, matches: RequestMatcher, times = 1): void {
    this.rules.push({ matches, fault, remaining: times })
  }

  async start(): Promise<string> {
    this.server = createServer((request, response) => void this.handle(request, response))
    this.server.on('connection', socket => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
    })
    await new Promise<void>(resolve => this.server?.listen(0, '127.0.0.1', resolve))
    this.started = Date.now()
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  /** Closes every connection, hung ones included. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy()
    const server = this.server
    if (server !== undefined) await new Promise<void>(resolve => server.close(() => resolve()))
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const method = request.method ?? 'GET'
    const path = new URL(request.url ?? '/', 'http://proxy').pathname
    const at = Date.now() - this.started
    const rule = this.rules.find(candidate => candidate.remaining > 0 && candidate.matches(method, path))
    if (rule !== undefined && rule.fault !== 'lose-answer') {
      rule.remaining--
      this.requests.push({ method, path, outcome: rule.fault, at })
      if (rule.fault === 'reset') request.socket.destroy()
      // 'hang': the request stays unanswered until the client gives up or the proxy stops.
      return
    }
    if (rule !== undefined) rule.remaining--
    const upstream = new URL(request.url ?? '/', this.upstream)
    const proxied = forward(upstream, { method, headers: { ...request.headers, host: upstream.host } }, answer => {
      if (rule !== undefined) {
        // GitHub did the work; the client never hears of it.
        this.requests.push({ method, path, outcome: 'lose-answer', at })
        answer.resume()
        request.socket.destroy()
        return
      }
      this.requests.push({ method, path, outcome: answer.statusCode ?? 0, at })
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
    })
    proxied.on('error', () => response.destroy())
    proxied.end(Buffer.concat(chunks))
  }
}
