// /core/uri-version: every server URL ends with /v{major}, and that major is the one of info.version.
export default function majorVersionInServers(document) {
  const version = document?.info?.version ?? '';
  const major = String(version).split('.')[0];
  const servers = document?.servers ?? [];
  if (servers.length === 0) {
    return [{ message: 'Geen servers: de server-URL moet de major-versie dragen (/v' + major + ').', path: ['servers'] }];
  }
  return servers.flatMap((server, i) => {
    const match = /\/v([0-9]+)$/.exec(server?.url ?? '');
    if (!match) return [{ message: `De server-URL ${server?.url} eindigt niet op /v{major}.`, path: ['servers', i, 'url'] }];
    if (match[1] !== major) return [{ message: `De server-URL zegt v${match[1]}, info.version zegt ${version}.`, path: ['servers', i, 'url'] }];
    return [];
  });
}
