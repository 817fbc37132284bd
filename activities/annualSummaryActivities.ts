// R-ANNUAL-REPORT: compile the year's summary from the read model and store it (one per province
// and year, replaced when compiled again), then send it to the organization board.
import { log } from '@temporalio/activity';
import { createHash } from 'node:crypto';
import { annualSummarySchema, type AnnualSummary } from '../domain/annualSummary';
import { summarizeYear } from '../domain/annualSummaryAggregate';
import { annualSummaryPath } from '../domain/annualSummaryLinks';
import { loadAnnualSummaryInput } from './annualSummaryRecords';
import type { ActivityDeps } from './deps';
import { annualSummaryEmail } from './emails/annualSummaryEmail';
import { mailDomain, messageIdOf } from './mailer';

/**
 * Identifies the figures, not the moment they were compiled: compiling the same figures again
 * sends nothing new (the Message-ID repeats), while changed figures reach the board again.
 */
function figuresDigest(s: AnnualSummary): string {
  const { asOf: _asOf, ...figures } = s;
  return createHash('sha256').update(JSON.stringify(figures)).digest('hex').slice(0, 16);
}

export function annualSummaryActivities({ db, mailer, publicBaseUrl }: ActivityDeps) {
  return {
    async compileAnnualSummary(i: {
      provinceId: string;
      year: number;
      asOf: string;
    }): Promise<{ digest: string; units: number }> {
      const summary = summarizeYear(await loadAnnualSummaryInput(db, i));
      const generatedAt = new Date();
      await db.annualSummary.upsert({
        where: { provinceId_year: { provinceId: i.provinceId, year: i.year } },
        create: { provinceId: i.provinceId, year: i.year, data: summary, generatedAt },
        update: { data: summary, generatedAt },
      });
      return { digest: figuresDigest(summary), units: summary.units.length };
    },

    /** To everyone who holds the organization_board role in the province today. */
    async deliverAnnualSummary(i: {
      provinceId: string;
      year: number;
    }): Promise<{ recipients: string[] }> {
      const row = await db.annualSummary.findUniqueOrThrow({
        where: { provinceId_year: { provinceId: i.provinceId, year: i.year } },
      });
      const summary = annualSummarySchema.parse(row.data);
      const now = new Date();
      const board = await db.person.findMany({
        where: {
          roles: {
            some: {
              role: 'organization_board',
              body: { provinceId: i.provinceId, kind: 'organization_board' },
              validFrom: { lte: now },
              OR: [{ validTo: null }, { validTo: { gt: now } }],
            },
          },
        },
        orderBy: { id: 'asc' },
      });
      if (board.length === 0) {
        // Nobody to send to is a registry gap, not a reason to fail: the summary is stored and served.
        log.warn(
          'annual summary stored but not sent: no organization_board member in the province',
          i,
        );
      }
      const url = (format: 'csv' | 'html') =>
        `${publicBaseUrl}${annualSummaryPath(i.provinceId, i.year, format)}`;
      const email = annualSummaryEmail(summary, { page: url('html'), csv: url('csv') });
      const thread = `annual-summary.${i.provinceId}.${i.year}`;
      const digest = figuresDigest(summary);
      for (const person of board) {
        await mailer.send({
          ...email,
          messageId: messageIdOf(thread, digest, person.email),
          threadId: `${thread}@${mailDomain}`,
          to: person.email,
          notification: 'annual_summary',
        });
      }
      return { recipients: board.map((p) => p.email) };
    },
  };
}
