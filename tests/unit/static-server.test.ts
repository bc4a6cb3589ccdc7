/** The static server behind the e2e tests and the benchmarks answers as a static host would. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on('error', reject)
      .end();
  });
}

describe('serveStatic', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'));
  const script = `console.log(${JSON.stringify('模型'.repeat(500))});\n`;
  let server: RunningServer;
  beforeAll(async () => {
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'assets', 'main.1234.js'), script);
    writeFileSync(join(root, 'page.html'), '<h1>页面</h1>');
    writeFileSync(join(root, '404.html'), '<h1>404</h1>');
    writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    server = await serveStatic(root);
  });
  afterAll(() => server.close());

  it('sends text gzip-compressed to a client that accepts it, and plain to one that does not', async () => {
    const zipped = await get(`${server.url}/assets/main.1234.js`, {
      'accept-encoding': 'gzip, br',
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(script) / 4);
    expect(gunzipSync(zipped.body).toString()).toBe(script);
    expect(zipped.headers.vary).toBe('Accept-Encoding');
    expect(zipped.headers['cache-control']).toContain('immutable');

    const plain = await get(`${server.url}/assets/main.1234.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(script);
  });

  it('resolves extensionless paths to .html and answers unknown ones with 404.html', async () => {
    const page = await get(`${server.url}/page`, { 'accept-encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBeUndefined();
    expect(gunzipSync(page.body).toString()).toBe('<h1>页面</h1>');
    const missing = await get(`${server.url}/nowhere`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toBe('<h1>404</h1>');
  });

  it('leaves binary files alone', async () => {
    const png = await get(`${server.url}/logo.png`, { 'accept-encoding': 'gzip' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect([...png.body]).toEqual([0x89, 0x50, 0x4e, 0x47]);
  });
});
