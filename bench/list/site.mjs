// A small server giving the pages and passing the contract's requests on to the mock operator
// (`lib/operator.mjs`), so the pages and their API share one origin (no CORS).
import { createReadStream, existsSync, statSync } from "node:fs"
import { createServer, request } from "node:http"
import { extname, join, normalize } from "node:path"

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
}

/**
 * Serves `root` and passes `/v1/…` on to the operator at `operatorUrl`.
 * @param {{ root: string, operatorUrl: string, port?: number }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export const startSite = ({ root, operatorUrl, port = 0 }) => {
  const operator = new URL(operatorUrl)
  const server = createServer((incoming, outgoing) => {
    const path = new URL(incoming.url ?? "/", "http://site").pathname
    if (path.startsWith("/v1/")) {
      const forwarded = request(
        {
          host: operator.hostname,
          port: operator.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: operator.host },
          // A connection per request: a kept-alive one the operator has just closed would fail the request.
          agent: false,
        },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(outgoing)
        },
      )
      forwarded.on("error", () => outgoing.writeHead(502).end())
      incoming.pipe(forwarded)
      return
    }
    const file = join(root, normalize(path === "/" ? "/index.html" : path).replace(/^(\.\.[/\\])+/u, ""))
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      outgoing.writeHead(404, { "content-type": "text/plain" }).end("not found")
      return
    }
    outgoing.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
    createReadStream(file).pipe(outgoing)
  })
  return new Promise((resolve) => {
    server.listen(port, "127.0.0.1", () => {
      const address = server.address()
      resolve({
        url: `http://127.0.0.1:${address.port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections()
            server.close(() => done())
          }),
      })
    })
  })
}
