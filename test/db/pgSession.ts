// One plain pg session for a test to inspect a database with, always closed afterwards.
import { Client } from 'pg';

export async function withSession<T>(
  url: string,
  work: (client: Client) => Promise<T>,
): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
