import { constants } from "node:fs";
import { access, mkdir, open, readFile, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

import { BlobNotFoundError, type BlobStorage, checkKey } from "./driver";

const missing = (e: unknown) => (e as NodeJS.ErrnoException)?.code === "ENOENT";

/** The default driver: files under a local directory (UPLOAD_DIR), one file per key. */
export class DirectoryStorage implements BlobStorage {
  private readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  private path(key: string): string {
    return join(this.root, checkKey(key));
  }

  async put(key: string, data: Buffer) {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data, { flag: "wx" });
  }

  async get(key: string) {
    return readFile(this.path(key)).catch((e) => {
      throw missing(e) ? new BlobNotFoundError(key) : e;
    });
  }

  async open(key: string) {
    // Opened first, so a missing file rejects here rather than half-way through a response.
    const handle = await open(this.path(key), "r").catch((e) => {
      throw missing(e) ? new BlobNotFoundError(key) : e;
    });
    try {
      const { size } = await handle.stat();
      return { stream: handle.createReadStream(), size }; // closes the handle when done or destroyed
    } catch (e) {
      await handle.close();
      throw e;
    }
  }

  async stat(key: string) {
    const s = await stat(this.path(key)).catch((e) => {
      if (missing(e)) return null;
      throw e;
    });
    return s ? { size: s.size } : null;
  }

  async remove(key: string) {
    await rm(this.path(key), { force: true });
  }

  async check() {
    await mkdir(this.root, { recursive: true });
    await access(this.root, constants.R_OK | constants.W_OK);
  }
}
