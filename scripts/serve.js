#!/usr/bin/env node
// Serves a built dist/ folder on this machine only (127.0.0.1), for the browser mode of the task
// pane and for the browser tests: `node scripts/serve.js [dir] [port]`. Static files only, with the
// same content security policy as the pages carry; nothing is proxied, nothing leaves the machine.
"use strict";
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/**
 * Start serving `dir`. Resolves to the base URL (ending in "/") and a `close` function.
 * @param {string} dir
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
function serve(dir, { port = 0, host = "127.0.0.1" } = {}) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.resolve(root, "." + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[path.extname(file).toLowerCase()] || "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      fs.createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { serve };

if (require.main === module) {
  const dir = process.argv[2] || path.join(__dirname, "..", "dist");
  const port = Number(process.argv[3] || 3000);
  if (!fs.existsSync(path.join(dir, "index.html"))) {
    console.error(
      `Chưa có ${dir}/index.html: chạy "npm run build" trước. / No ${dir}/index.html: run "npm run build" first.`,
    );
    process.exit(1);
  }
  serve(dir, { port }).then(({ url }) => {
    console.log(`Tinh Gọn chạy trong trình duyệt / in the browser: ${url}`);
    console.log("Dừng: Ctrl+C / Stop: Ctrl+C");
  });
}
