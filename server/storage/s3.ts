import type { Readable } from "node:stream";

import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";

import { BlobNotFoundError, type BlobStorage, checkKey } from "./driver";

export type S3Options = {
  bucket: string;
  region: string;
  /** MinIO, the government cloud's object storage…; set = path-style addressing (http://host/bucket/key). */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

const notFound = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err?.name === "NoSuchKey" || err?.name === "NotFound" || err?.$metadata?.httpStatusCode === 404;
};

/** Any S3-compatible object store through the AWS SDK v3; one object per key in one bucket. */
export class S3Storage implements BlobStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(options: S3Options) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      endpoint: options.endpoint,
      forcePathStyle: !!options.endpoint,
      credentials: options.credentials,
      maxAttempts: 3,
    });
  }

  async put(key: string, data: Buffer) {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: checkKey(key), Body: data, ContentLength: data.length }),
    );
  }

  async get(key: string) {
    const { stream } = await this.open(key);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }

  async open(key: string) {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
      // In Node the SDK's body is the HTTP response, a Readable.
      return { stream: out.Body as Readable, size: out.ContentLength ?? 0 };
    } catch (e) {
      throw notFound(e) ? new BlobNotFoundError(key) : e;
    }
  }

  async stat(key: string) {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
      return { size: out.ContentLength ?? 0 };
    } catch (e) {
      if (notFound(e)) return null;
      throw e;
    }
  }

  async remove(key: string) {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: checkKey(key) }));
  }

  async check() {
    await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
  }
}
