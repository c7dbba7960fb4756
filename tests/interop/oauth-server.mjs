// A real OAuth 2.0 / OpenID Connect authorization server for the OAuth library's tests: oidc-provider (pinned in
// package.json) on 127.0.0.1 with a free port, its development login and consent pages, the device flow, client
// credentials, revocation and introspection. Prints "listening <issuer>" on stdout once it accepts requests.
// Environment: ACCESS_TOKEN_TTL (seconds, default 60).
import http from 'node:http';
import Provider from 'oidc-provider';

const accessTokenTtl = Number(process.env.ACCESS_TOKEN_TTL ?? 60);
const loopback = ['http://127.0.0.1/callback', 'http://127.0.0.1/'];
const grants = ['authorization_code', 'refresh_token', 'urn:ietf:params:oauth:grant-type:device_code', 'client_credentials'];
const client = (id, method) => ({
  client_id: id,
  ...(method === 'none' ? {} : { client_secret: `${id}-secret-that-is-long-enough-for-hs256` }),
  token_endpoint_auth_method: method,
  application_type: 'native',
  grant_types: method === 'none' ? grants.filter((g) => g !== 'client_credentials') : grants,
  response_types: ['code'],
  redirect_uris: loopback,
  scope: 'openid offline_access api:read api:write',
});

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [client('test-post', 'client_secret_post'), client('test-basic', 'client_secret_basic'), client('test-public', 'none')],
  scopes: ['openid', 'offline_access', 'api:read', 'api:write'],
  cookies: { keys: ['cookie-key-for-tests-only'] },
  findAccount: (_ctx, sub) => ({ accountId: sub, claims: () => ({ sub }) }),
  features: {
    devInteractions: { enabled: true },
    deviceFlow: { enabled: true },
    clientCredentials: { enabled: true },
    revocation: { enabled: true },
    introspection: { enabled: true },
  },
  pkce: { required: () => true },
  rotateRefreshToken: true,
  ttl: {
    AccessToken: accessTokenTtl,
    ClientCredentials: accessTokenTtl,
    AuthorizationCode: 120,
    DeviceCode: 120,
    Grant: 3600,
    IdToken: 3600,
    Interaction: 600,
    RefreshToken: 3600,
    Session: 3600,
  },
});
provider.on('server_error', (_ctx, error) => console.error('server_error', error));
server.on('request', provider.callback());
console.log(`listening ${issuer}`);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
