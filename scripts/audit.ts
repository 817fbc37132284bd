// `npm run audit -- <command>`: the auditor's command line.
//   replay --dir <folder>        replay exported JSON histories offline (no server needed)
//   replay --id <delegationId>…  replay delegations' histories fetched from Temporal
//   replay --query "<query>"     replay every workflow a visibility query matches
//   verify [--id <delegationId>] recompute the audit chains, check the anchors, compare the
//                                decisions with Temporal; anchors today when everything is clean
//   anchor                       check the chains (database only) and anchor today when clean
// Exit status 1 when a history diverges or a problem is found, 2 on a usage error.
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, makeTelemetryFilterString, Runtime } from '@temporalio/worker';
import { parseArgs } from 'node:util';
import { anchorToday } from '../activities/auditAnchor';
import { delegationHistory, historiesInDir, historiesMatching } from '../api/audit/historySources';
import { bundleCurrentWorkflows, replayHistories, type HistoryToReplay } from '../api/audit/replay';
import { verifyAudit } from '../api/audit/verifyAudit';
import { workflowIdOf } from '../api/startDelegationWorkflow';
import { createDb } from '../prisma/client';
import { config } from '../worker/config';
import { replayText, verifyText } from './auditOutput';

const usage =
  'usage: npm run audit -- replay (--dir <folder> | --id <delegationId>… | --query "<query>") | verify [--id <delegationId>] | anchor';

async function temporalClient(): Promise<{ client: Client; close: () => Promise<void> }> {
  const connection = await Connection.connect({ address: config.temporalAddress });
  return {
    client: new Client({ connection, namespace: config.temporalNamespace }),
    close: () => connection.close(),
  };
}

async function replay(o: { dir?: string; id?: string[]; query?: string }): Promise<boolean> {
  const bundle = bundleCurrentWorkflows();
  if (o.dir) {
    const verdicts = await replayHistories(await historiesInDir(o.dir), await bundle);
    console.log(replayText(verdicts));
    return verdicts.every((v) => v.identical);
  }
  const { client, close } = await temporalClient();
  try {
    const notFound: string[] = [];
    let histories: AsyncIterable<HistoryToReplay> | HistoryToReplay[];
    if (o.id?.length) {
      histories = [];
      for (const id of o.id) {
        const history = await delegationHistory(client, id);
        if (history) histories.push({ workflowId: workflowIdOf(id), history });
        else notFound.push(id);
      }
    } else {
      histories = historiesMatching(client, o.query);
    }
    const verdicts = await replayHistories(histories, await bundle);
    console.log(replayText(verdicts, notFound));
    return notFound.length === 0 && verdicts.every((v) => v.identical);
  } finally {
    await close();
  }
}

async function verify(o: { id?: string[]; withTemporal: boolean }): Promise<boolean> {
  const db = createDb();
  const temporal = o.withTemporal ? await temporalClient() : undefined;
  try {
    const report = await verifyAudit(db, temporal?.client, { delegationId: o.id?.[0] });
    // Anchoring vouches for the chains as they are: never for ones that just failed the check.
    const anchored = report.ok && !o.id?.length ? await anchorToday(db) : undefined;
    console.log(verifyText(report, anchored));
    return report.ok;
  } finally {
    await temporal?.close();
    await db.$disconnect();
  }
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      dir: { type: 'string' },
      id: { type: 'string', multiple: true },
      query: { type: 'string' },
    },
  });
  // Replays that diverge make the SDK log each failed workflow task; the report says it once.
  Runtime.install({
    logger: new DefaultLogger('ERROR'),
    telemetryOptions: { logging: { filter: makeTelemetryFilterString({ core: 'ERROR' }) } },
  });
  switch (positionals[0]) {
    case 'replay':
      if ([values.dir, values.id, values.query].filter((v) => v !== undefined).length > 1) {
        console.error(`replay from one source at a time\n${usage}`);
        return 2;
      }
      return (await replay(values)) ? 0 : 1;
    case 'verify':
      return (await verify({ id: values.id, withTemporal: true })) ? 0 : 1;
    case 'anchor':
      return (await verify({ withTemporal: false })) ? 0 : 1;
    default:
      console.error(usage);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // The SDK wraps the server's reason (e.g. an unknown search attribute) in the cause.
    const cause =
      err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
    console.error(`audit failed: ${err instanceof Error ? err.message : String(err)}${cause}`);
    process.exit(2);
  },
);
