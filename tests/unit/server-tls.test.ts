import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess } from '../support/server-process.js';

/**
 * Over a network, browsers give a page WebCrypto (which shared workspaces need) only over https:
 * the server serves TLS when given a certificate and key.
 */
describe('the server over https', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'counterdraft-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost', '-keyout', join(folder, 'key.pem'), '-out', join(folder, 'cert.pem')], { stdio: 'pipe' });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('answers over TLS with the certificate it was given', { timeout: 60_000 }, async () => {
    const server = await startServerProcess({ COUNTERDRAFT_DATA: folder, COUNTERDRAFT_TLS_CERT: join(folder, 'cert.pem'), COUNTERDRAFT_TLS_KEY: join(folder, 'key.pem') });
    try {
      expect(server.base).toMatch(/^https:\/\//);
      const port = Number(new URL(server.base).port);
      const answer = await new Promise<{ status: number; body: string; peer: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/health', servername: 'localhost', ca: readFileSync(join(folder, 'cert.pem')) }, (response) => {
          let body = '';
          const peer = String((response.socket as import('node:tls').TLSSocket).getPeerCertificate().subject.CN);
          response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body, peer }));
        });
        req.on('error', reject);
        req.end();
      });
      expect(answer).toEqual({ status: 200, body: '{"ok":true}', peer: 'localhost' });
    } finally {
      await server.kill();
    }
  });

  it('refuses to start with only one of the two files, saying what is missing', { timeout: 60_000 }, async () => {
    const started = startServerProcess({ COUNTERDRAFT_DATA: folder, COUNTERDRAFT_TLS_CERT: join(folder, 'cert.pem') });
    await expect(started).rejects.toThrow(/set both COUNTERDRAFT_TLS_CERT and COUNTERDRAFT_TLS_KEY/);
  });
});
