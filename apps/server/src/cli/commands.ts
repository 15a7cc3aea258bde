import type { AppConfig } from '../config.ts';
import { eligibilityCommand } from './eligibility.command.ts';
import { exportCommand, importCommand } from './import-export.command.ts';

/** Commands contributed by feature modules (import, export, eligibility): name → runner returning an exit code. */
export const cliCommands: Record<string, (args: string[], config: AppConfig) => Promise<number>> = {
  eligibility: (args) => eligibilityCommand(args),
  import: importCommand,
  export: exportCommand,
};
