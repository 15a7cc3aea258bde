import { shuffled } from '@vinhdanh/domain';
import { eq } from 'drizzle-orm';
import { randomInt } from 'node:crypto';
import type { Tx } from '../../db/client.ts';
import { ballot } from '../../db/schema/index.ts';

/**
 * Deletes an item's ballots and writes them back in a random order, with fresh random ids, in the
 * caller's transaction. Done after EVERY ballot (so neither the physical order nor the transaction id
 * of a ballot row points at the voter's participation row) and again at the tally.
 */
export async function reshuffleBallots(tx: Tx, itemId: number): Promise<void> {
  const rows = await tx
    .select({ choice: ballot.choice, source: ballot.source, receiptHash: ballot.receiptHash })
    .from(ballot)
    .where(eq(ballot.itemId, itemId));
  if (rows.length === 0) return;
  await tx.delete(ballot).where(eq(ballot.itemId, itemId));
  await tx.insert(ballot).values(shuffled(rows, (n) => randomInt(n)).map((r) => ({ itemId, ...r })));
}
