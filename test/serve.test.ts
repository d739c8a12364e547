/** `chat-archive serve`: builds when an export changed, serves the archive on localhost, stops on Ctrl-C. */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, utimesSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { serve } from "../src/serve.js";

const root = join(import.meta.dirname, "..");
const scratch = mkdtempSync(join(tmpdir(), "chat-archive-serve-"));
const input = join(scratch, "in");
const output = join(scratch, "site");
cpSync(join(root, "content"), input, { recursive: true });
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A port that was free a moment ago, and a server holding another. */
async function busyServer(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  return { server, port: (server.address() as { port: number }).port };
}

interface Run {
  url: string;
  /** Sends Ctrl-C and resolves with the exit code and all the output. */
  stop(): Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Starts `serve` from source and waits for it to say where it serves. */
function startServe(...args: string[]): Promise<Run> {
  const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), "serve", "--input", input, "--output", output, ...args], { cwd: root });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on("exit", done));
  return new Promise((ready, failed) => {
    child.stdout.on("data", () => {
      const url = /Serving .+ at (http:\/\/localhost:\d+\/) \(Ctrl-C to stop\)/.exec(stdout)?.[1];
      if (url) ready({ url, stop: async () => (child.kill("SIGINT"), { code: await exited, stdout, stderr }) });
    });
    void exited.then((code) => failed(new Error(`serve exited with ${code}: ${stderr}`)));
  });
}

describe("chat-archive serve", () => {
  it("builds the archive when there is none, serves it on localhost, and stops cleanly on Ctrl-C", async () => {
    const free = await busyServer();
    free.server.close();
    const run = await startServe("--port", String(free.port));
    expect(run.url).toBe(`http://localhost:${free.port}/`);
    const index = await fetch(`${run.url}index.html`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await index.text()).toContain("Hiking Club");
    expect((await fetch(`${run.url}chats/hiking-club/index.html`)).status).toBe(200);
    expect((await fetch(`${run.url}no-such-page.html`)).status).toBe(404);
    const { code, stdout } = await run.stop();
    expect(code).toBe(0);
    expect(stdout).toMatch(/Built 2 chats, 110 messages/);
    expect(stdout).toMatch(/Stopped\n$/);
    await expect(fetch(`${run.url}index.html`)).rejects.toThrow();
  }, 60_000);

  it("serves the archive as it is when no export changed, and builds again when one did", async () => {
    const unchanged = await startServe("--port", "0");
    const first = await unchanged.stop();
    expect(first.stdout).toContain("Nothing changed since the last build");
    expect(first.stdout).not.toContain("Built");

    const later = new Date(Date.now() + 60_000);
    utimesSync(join(input, "WhatsApp Chat mit Jonas.zip"), later, later);
    const changed = await startServe("--port", "0");
    expect((await changed.stop()).stdout).toMatch(/Built 2 chats/);
  }, 60_000);

  it("says so in one line when the port it was given is taken", async () => {
    const busy = await busyServer();
    try {
      const child = spawn(process.execPath, ["--import", "tsx", join(root, "src/cli.ts"), "serve", "--input", input, "--output", output, "--port", String(busy.port), "--quiet"], { cwd: root });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((done) => child.on("exit", done));
      expect(code).toBe(1);
      expect(stderr).toBe(`chat-archive: port ${busy.port} is in use; choose another with --port\n`);
    } finally {
      busy.server.close();
    }
  }, 60_000);

  it("takes another free port when the default one is taken", async () => {
    const busy = await busyServer();
    try {
      const preview = await serve(output, busy.port, true);
      expect(preview.url).not.toBe(`http://localhost:${busy.port}/`);
      expect((await fetch(`${preview.url}index.html`)).status).toBe(200);
      await preview.close();
    } finally {
      busy.server.close();
    }
  });
});
