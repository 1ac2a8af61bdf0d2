// Kanbo's browser test (issue 6): in headless Chromium (Debian's package,
// driven by playwright-core; no downloaded browser) log in as the demo user,
// open the demo board's grid, drag a card to another bin, check through the
// JSON API that the server stored the move, check that a second (anonymous)
// browser session sees the card arrive by polling, and screenshot the grid.
//
// Usage: node grid_drag.mjs [PIEPIE_BINARY]
//   or   PIEPIE=/path/to/piepie node grid_drag.mjs
// Environment: CHROMIUM (default /usr/bin/chromium), KANBO_SCREENSHOT (the
// PNG's path; default a file in a fresh temp folder). Exits 0 on success and
// non-zero with a "FAIL:" line on any failure.
import { spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const MANAGE = path.resolve(HERE, "..", "manage.py");
const PIEPIE = process.argv[2] || process.env.PIEPIE;
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const POLL_TIMEOUT_MS = 15000;

const started = Date.now();
function log(msg) { console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}`); }

class Failure extends Error {}
function check(cond, msg) { if (!cond) { throw new Failure(msg); } }

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = srv.address().port;
      srv.close(() => resolve(port));
    });
  });
}

// Start `piepie manage.py serve` and wait until it answers HTTP.
async function startServer(dir) {
  const port = await freePort();
  const db = path.join(dir, "kanbo.db");
  const child = spawn(PIEPIE, [MANAGE, "serve", "--host", "127.0.0.1", "--port", String(port), "--db", db],
    { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (d) => { output += d; });
  child.stderr.on("data", (d) => { output += d; });
  let exited = null;
  child.on("exit", (code, sig) => { exited = `exit code ${code}, signal ${sig}`; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20000;
  for (;;) {
    if (exited) { throw new Failure(`the Kanbo server stopped at start (${exited}):\n${output}`); }
    try {
      const r = await fetch(`${base}/api/me`);
      if (r.ok) { break; }
    } catch (e) { /* not listening yet */ }
    if (Date.now() > deadline) { throw new Failure(`the Kanbo server did not answer within 20 s:\n${output}`); }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, base, output: () => output, exited: () => exited };
}

async function stopServer(server) {
  if (!server || server.exited()) { return; }
  const gone = new Promise((r) => server.child.once("exit", r));
  server.child.kill("SIGTERM");
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 5000);
  await gone;
  clearTimeout(timer);
}

async function apiJson(base, url) {
  const r = await fetch(base + url);
  check(r.ok, `GET ${url} answered ${r.status}`);
  return r.json();
}

async function binCards(page, binId) {
  return page.$$eval(`#${binId} li.card`, (els) => els.map((e) => e.getAttribute("data-id")));
}

async function main() {
  check(PIEPIE, "give the piepie binary as the first argument or in $PIEPIE");
  check(fs.existsSync(PIEPIE), `no piepie binary at ${PIEPIE}`);
  check(fs.existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kanbo-browser-"));
  const shot = process.env.KANBO_SCREENSHOT || path.join(dir, "grid.png");
  let server = null;
  let browser = null;
  try {
    server = await startServer(dir);
    log(`Kanbo under ${PIEPIE} at ${server.base}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    log("Chromium started");

    // The demo board's layout, from the public JSON API.
    const board = await apiJson(server.base, "/api/boards/1");
    check(board.name === "demo", `board 1 is ${JSON.stringify(board.name)}, not the demo board`);
    const grid = await apiJson(server.base, "/api/boards/1/grid?spec=state");
    const bins = grid.rows[0].bins;
    const byName = {};
    grid.columns.forEach((c, i) => { byName[c.name] = bins[i]; });
    check(byName.todo && byName.done, `the demo grid has no todo/done columns: ${JSON.stringify(grid.columns)}`);
    const src = byName.todo;
    const dst = byName.done;
    check(src.cards.length > 0, "the todo bin is empty");
    const cardId = String(src.cards[0]);
    const srcBin = src.id;
    const dstBin = dst.id;
    const before = await apiJson(server.base, `/api/cards/${cardId}`);
    const gridUrl = `${server.base}/demo/demo/grids/state/`;

    // Context A: the demo user, logged in through the form.
    const ctxA = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const pageA = await ctxA.newPage();
    const pageErrors = [];
    pageA.on("pageerror", (e) => pageErrors.push(String(e)));
    pageA.on("dialog", (d) => { pageErrors.push(`dialog: ${d.message()}`); d.dismiss().catch(() => {}); });
    await pageA.goto(`${server.base}/hello/login-form`);
    await pageA.fill("input[name=username]", "demo");
    await pageA.fill("input[name=password]", "kanbo-demo");
    await Promise.all([pageA.waitForNavigation(), pageA.click("button[type=submit]")]);
    const me = await pageA.evaluate(() => fetch("/api/me").then((r) => r.json()));
    check(me.user && me.user.username === "demo", `login failed: /api/me says ${JSON.stringify(me)}`);
    log("context A logged in as demo");
    await pageA.goto(gridUrl);
    check(await pageA.$("#board.can-rearrange"), "the grid page does not offer drag and drop to demo");

    // Context B: an anonymous session with the same grid open (it polls).
    const ctxB = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const pageB = await ctxB.newPage();
    pageB.on("pageerror", (e) => pageErrors.push(`B: ${e}`));
    await pageB.goto(gridUrl);
    check((await binCards(pageB, srcBin)).includes(cardId), `B does not show card ${cardId} in ${srcBin} at first`);
    check(!(await binCards(pageB, dstBin)).includes(cardId), `B already shows card ${cardId} in ${dstBin}`);
    log(`dragging card ${cardId} from ${srcBin} (todo) to ${dstBin} (done)`);

    // The drag, with the page's own dragstart/dragover/drop handlers; wait for jarrange's answer.
    const answer = pageA.waitForResponse((r) => r.url().endsWith("/jarrange") && r.request().method() === "POST", { timeout: 10000 });
    await pageA.locator(`#card-${cardId}`).dragTo(pageA.locator(`#${dstBin}`));
    const resp = await answer;
    check(resp.status() === 200, `jarrange answered ${resp.status()}: ${await resp.text()}`);
    const body = await resp.json();
    check(body.success === true, `jarrange did not succeed: ${JSON.stringify(body)}`);
    check((await binCards(pageA, dstBin)).includes(cardId), `A does not show card ${cardId} in ${dstBin} after the drop`);

    // The server stored it: the card's tags now hold done's tag, not todo's,
    // and the JSON grid has it in done.
    const tagId = async (bin) => Number(await pageA.getAttribute(`#${bin}`, "data-tag-ids"));
    const todoTag = await tagId(srcBin);
    const doneTag = await tagId(dstBin);
    check(before.tags.includes(todoTag), `card ${cardId} did not start with the todo tag: ${JSON.stringify(before.tags)}`);
    const card = await apiJson(server.base, `/api/cards/${cardId}`);
    check(card.tags.includes(doneTag) && !card.tags.includes(todoTag),
      `the server did not store the move: card ${cardId} has tags ${JSON.stringify(card.tags)} (was ${JSON.stringify(before.tags)})`);
    const grid2 = await apiJson(server.base, "/api/boards/1/grid?spec=state");
    const inBin = (id) => grid2.rows[0].bins.find((b) => b.id === id).cards.map(String).includes(cardId);
    check(inBin(dstBin) && !inBin(srcBin), `the JSON grid does not have card ${cardId} moved to done`);
    log(`server stored the move: card ${cardId} tags ${JSON.stringify(before.tags)} -> ${JSON.stringify(card.tags)}`);

    // B sees it by polling the event stream, without a reload.
    try {
      await pageB.waitForFunction(([bin, id]) => {
        const el = document.querySelector(`#${bin} #card-${id}`);
        return el !== null;
      }, [dstBin, cardId], { timeout: POLL_TIMEOUT_MS, polling: 100 });
    } catch (e) {
      throw new Failure(`B did not see card ${cardId} move to ${dstBin} within ${POLL_TIMEOUT_MS / 1000} s (polling)`);
    }
    check(!(await binCards(pageB, srcBin)).includes(cardId), `B still shows card ${cardId} in ${srcBin}`);
    log("context B saw the move by polling");

    check(pageErrors.length === 0, `page errors: ${pageErrors.join("; ")}`);
    await pageA.screenshot({ path: shot, fullPage: true });
    log(`screenshot of the grid: ${shot}`);
    console.log("PASS: grid drag and drop stored and seen by a second session");
  } finally {
    if (browser) { await browser.close().catch(() => {}); }
    await stopServer(server);
  }
}

main().then(() => process.exit(0), (e) => {
  console.error(`FAIL: ${e instanceof Failure ? e.message : (e && e.stack) || e}`);
  process.exit(1);
});
