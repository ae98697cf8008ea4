// 整治提升工作平台 service worker (hand-written; see README「离线采集」).
// - Pages (navigations): network first; a good answer is kept (at most MAX_PAGES, newest kept), so the
//   app shell and the case pages opened recently still load without a connection.
// - /_next/static/*: cache first (file names carry a content hash, so a kept file never goes stale).
// - Everything else (API, uploads, server actions, RSC requests): straight to the network, never kept.
// - Signing out, or a page answered by the login page, empties the page cache (pages hold user data);
//   so does the portal layout when another user than last time signs in (components/offline).
const PAGES = "pages-v1";
const STATIC = "static-v1";
const MAX_PAGES = 30;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (![PAGES, STATIC].includes(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

const isLogin = (url) => new URL(url).pathname === "/login";
const isPage = (response) =>
  response.ok && response.type === "basic" && (response.headers.get("content-type") ?? "").startsWith("text/html");

/** Keeps a page answer, newest last, dropping the oldest beyond MAX_PAGES. */
async function keepPage(url, response) {
  const cache = await caches.open(PAGES);
  await cache.delete(url);
  await cache.put(url, response);
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(old);
}

const OFFLINE_PAGE =
  '<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>当前离线</title>' +
  '<body style="font-family:sans-serif;padding:2rem"><h1>当前离线</h1><p>这个页面没有在本机保存过。恢复网络后再打开；已选择的材料会在恢复网络后自动上传。</p></body>';

async function page(request) {
  try {
    const response = await fetch(request);
    if (response.redirected && isLogin(response.url)) await caches.delete(PAGES);
    else if (isPage(response) && !isLogin(request.url)) await keepPage(request.url, response.clone());
    return response;
  } catch {
    const cached = await caches.match(request.url, { cacheName: PAGES });
    return (
      cached ?? new Response(OFFLINE_PAGE, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } })
    );
  }
}

async function asset(request) {
  const cached = await caches.match(request, { cacheName: STATIC });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(STATIC)).put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && url.pathname === "/api/auth/signout") {
    event.waitUntil(caches.delete(PAGES));
    return;
  }
  if (request.method !== "GET") return;
  // Files and exports opened in a tab (/api/…) are never kept.
  if (request.mode === "navigate" && !url.pathname.startsWith("/api/")) return event.respondWith(page(request));
  if (url.pathname.startsWith("/_next/static/")) return event.respondWith(asset(request));
});

// The page that registered the worker hands over itself and its scripts (its first load was not
// served through the worker, so nothing of it is kept yet).
self.addEventListener("message", (event) => {
  const data = event.data;
  if (!data || data.type !== "keep") return;
  const same = (u) => {
    try {
      return new URL(u).origin === self.location.origin;
    } catch {
      return false;
    }
  };
  event.waitUntil(
    (async () => {
      const statics = await caches.open(STATIC);
      for (const u of data.assets ?? []) if (same(u) && !(await statics.match(u))) await statics.add(u).catch(() => {});
      if (same(data.page) && !isLogin(data.page) && !(await caches.match(data.page, { cacheName: PAGES }))) {
        const response = await fetch(data.page, { credentials: "same-origin" }).catch(() => null);
        if (response && isPage(response) && !response.redirected) await keepPage(data.page, response);
      }
    })(),
  );
});
