import { createHash, createPrivateKey, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface OidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who the authorize endpoint logs in (auto-approved), with what the id token says about them. */
  /** `emailVerified: null` leaves the claim out of the id token. */
  user: { sub: string; email: string; emailVerified?: boolean | null };
  /** Tamper with the next id token (for tests of what the client must refuse). */
  nextIdToken?: { nonce?: string; aud?: string; signWithOtherKey?: boolean };
  tokenRequests: number;
  close(): Promise<void>;
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/**
 * A small but real OpenID Connect provider for tests (node http + crypto): discovery, JWKS, an
 * authorize endpoint that approves `user` at once, and a token endpoint that checks the client's
 * secret, the code and PKCE, and issues an RS256 id token.
 */
export async function startOidcProvider(clientId = 'transferpunt', clientSecret = randomBytes(16).toString('hex')): Promise<OidcProvider> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const other = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const kid = randomBytes(4).toString('hex');
  const codes = new Map<string, { nonce?: string; challenge?: string; method?: string; redirectUri: string; clientId: string }>();
  let server: Server;

  const provider: OidcProvider = {
    issuer: '',
    clientId,
    clientSecret,
    user: { sub: 'idp-user-1', email: 'someone@example.nl' },
    tokenRequests: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  const readBody = (req: IncomingMessage) =>
    new Promise<string>((resolve) => {
      let data = '';
      req.on('data', (c) => (data += c));
      req.on('end', () => resolve(data));
    });

  const idToken = (aud: string, nonce: string | undefined) => {
    const tamper = provider.nextIdToken ?? {};
    provider.nextIdToken = undefined;
    const now = Math.floor(Date.now() / 1000);
    const header = b64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
    const payload = b64url(
      JSON.stringify({
        iss: provider.issuer,
        sub: provider.user.sub,
        aud: tamper.aud ?? aud,
        iat: now,
        exp: now + 300,
        nonce: tamper.nonce ?? nonce,
        email: provider.user.email,
        ...(provider.user.emailVerified === null ? {} : { email_verified: provider.user.emailVerified ?? true }),
      }),
    );
    const signature = sign('sha256', Buffer.from(`${header}.${payload}`), tamper.signWithOtherKey ? other : createPrivateKey(privateKey.export({ format: 'pem', type: 'pkcs8' })));
    return `${header}.${payload}.${b64url(signature)}`;
  };

  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', provider.issuer);
    if (url.pathname === '/.well-known/openid-configuration') {
      return json(res, 200, {
        issuer: provider.issuer,
        authorization_endpoint: `${provider.issuer}/authorize`,
        token_endpoint: `${provider.issuer}/token`,
        jwks_uri: `${provider.issuer}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
        scopes_supported: ['openid', 'email'],
      });
    }
    if (url.pathname === '/jwks') return json(res, 200, { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] });
    if (url.pathname === '/authorize') {
      const q = url.searchParams;
      const redirectUri = q.get('redirect_uri') ?? '';
      if (q.get('client_id') !== clientId || q.get('response_type') !== 'code' || !redirectUri) return json(res, 400, { error: 'invalid_request' });
      const code = randomBytes(16).toString('hex');
      codes.set(code, { nonce: q.get('nonce') ?? undefined, challenge: q.get('code_challenge') ?? undefined, method: q.get('code_challenge_method') ?? undefined, redirectUri, clientId });
      const back = new URL(redirectUri);
      back.searchParams.set('code', code);
      if (q.get('state')) back.searchParams.set('state', q.get('state')!);
      back.searchParams.set('iss', provider.issuer);
      res.writeHead(302, { Location: back.toString() });
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      provider.tokenRequests++;
      const body = new URLSearchParams(await readBody(req));
      const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '');
      const [id, secret] = basic
        ? Buffer.from(basic[1], 'base64').toString().split(':').map(decodeURIComponent)
        : [body.get('client_id') ?? '', body.get('client_secret') ?? ''];
      if (id !== clientId || secret !== clientSecret) return json(res, 401, { error: 'invalid_client' });
      const grant = codes.get(body.get('code') ?? '');
      codes.delete(body.get('code') ?? '');
      if (!grant || body.get('grant_type') !== 'authorization_code' || body.get('redirect_uri') !== grant.redirectUri) return json(res, 400, { error: 'invalid_grant' });
      const verifier = body.get('code_verifier') ?? '';
      if (grant.method !== 'S256' || b64url(createHash('sha256').update(verifier).digest()) !== grant.challenge) return json(res, 400, { error: 'invalid_grant', error_description: 'PKCE' });
      return json(res, 200, { access_token: randomBytes(16).toString('hex'), token_type: 'Bearer', expires_in: 300, id_token: idToken(clientId, grant.nonce) });
    }
    json(res, 404, { error: 'not_found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  provider.issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return provider;
}
