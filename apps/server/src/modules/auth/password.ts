import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's minimum memory/time cost.
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A fixed hash to verify against when the user does not exist, so timing does not reveal usernames. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$mjjPIFMp8KpvGzJ+Oj1edQ$VXEpZyUhBynWBUcCr7se5aHf8hoXl/OV0y43lfWcSoY';
