import { createReadStream, existsSync, statSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { extname, join, normalize } from "node:path"

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".png": "image/png",
}

/** Serves the static Storybook on a free loopback port, as a designer's web server would. */
export const serveStatic = (root: string): Promise<{ url: string; server: Server }> =>
  new Promise((resolve) => {
    const server = createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname))
      let file = join(root, path)
      if (!file.startsWith(root) || !existsSync(file)) {
        response.writeHead(404).end()
        return
      }
      if (statSync(file).isDirectory()) file = join(file, "index.html")
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" })
      createReadStream(file).pipe(response)
    })
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo
      resolve({ url: `http://127.0.0.1:${port}`, server })
    })
  })
