import { provision, type ProvisionContext } from './provision/index.js';

export interface HookRegister {
  init(event: 'cli.before', handler: (meta: { program: CliProgram }) => void): void;
}

export interface CliProgram {
  command(name: string): CliProgram;
  description(text: string): CliProgram;
  action(handler: () => Promise<void>): CliProgram;
}

/**
 * Alur's hooks. For now: the CLI command `directus alur provision`, which creates or completes
 * Alur's schema, roles and built-in data (see `provision`) and exits 0, or 1 with the reason.
 */
export default function registerHooks({ init }: HookRegister, context: ProvisionContext): void {
  init('cli.before', ({ program }) => {
    program
      .command('alur')
      .description('Alur: layanan permintaan pembangunan aplikasi')
      .command('provision')
      .description('Pasang atau lengkapi skema, peran dan data bawaan Alur (install or complete Alur schema, roles and built-in data)')
      .action(async () => {
        try {
          const result = await provision(context);
          context.logger.info(`alur: provisioning ${result.applied ? 'dijalankan' : 'sudah terpasang'} (schema v${result.version})`);
          process.exit(0);
        } catch (error) {
          context.logger.error(error);
          process.exit(1);
        }
      });
  });
}
