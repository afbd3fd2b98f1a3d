// `jha-survey keys generate` and `jha-survey decrypt`: the two halves of an encrypted questionnaire
// that happen on the survey owner's machine (docs/security.md "Encryption"). The private key is
// read and used here only; it never goes to the server.
import type { Command } from 'commander';
import { EXPORT_FORMATS, isExportFormat, locales } from '../../protocol';
import { CliError } from '../errors';

const LOCALES: readonly string[] = locales;

export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('RSA key pairs of encrypted questionnaires');
  keys
    .command('generate')
    .description('Make an RSA-OAEP key pair: publish the public key with the questionnaire, keep the private key off the server')
    .requiredOption('--public <file>', 'where to write the public key (PEM, SPKI), e.g. surveys/victimization.pub.pem')
    .requiredOption('--private <file>', 'where to write the private key (PEM, PKCS#8; mode 0600; encrypted with JHA_KEY_PASSPHRASE when set)')
    .option('--bits <n>', 'modulus length: 2048, 3072 or 4096', '3072')
    .action(async (options: { public: string; private: string; bits: string }) => {
      const bits = Number(options.bits);
      if (![2048, 3072, 4096].includes(bits)) throw new CliError(`--bits must be 2048, 3072 or 4096, not ${JSON.stringify(options.bits)}`);
      const { generateKeys } = await import('./keys-run');
      await generateKeys(options.public, options.private, bits, process.env);
    });

  program
    .command('decrypt')
    .description('Open an encrypted questionnaire\'s export (ID.envelopes.json) with the private key into CSV, XLSX, SPSS (.sav) or Stata (.dta)')
    .argument('<export>', 'the envelope export: GET /api/v1/exports/ID.envelopes.json or `jha-survey export ID --envelopes`')
    .requiredOption('--key <private.pem>', 'the private key (PEM; an encrypted key takes its passphrase from JHA_KEY_PASSPHRASE)')
    .option('--format <format>', `${EXPORT_FORMATS.join(', ')} (default: from the --out extension, else csv)`)
    .option('--out <file>', 'output file (default: CSV on standard output)')
    .option('--lang <locale>', `label language of .sav and .dta: ${LOCALES.join(', ')}`, 'en')
    .option('--dictionary <file>', 'also write the variable dictionary (JSON)')
    .action(async (file: string, options: { key: string; format?: string; out?: string; lang: string; dictionary?: string }) => {
      const extension = options.out?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
      if (extension !== undefined && !isExportFormat(extension)) {
        throw new CliError(`--out ${options.out}: .${extension} is not an export format; use ${EXPORT_FORMATS.map((f) => `.${f}`).join(', ')}`);
      }
      if (options.format !== undefined && extension !== undefined && options.format !== extension) throw new CliError(`--format ${options.format} does not match --out ${options.out}`);
      const format = options.format ?? extension ?? 'csv';
      if (!isExportFormat(format)) throw new CliError(`--format must be ${EXPORT_FORMATS.join(', ')}, not ${JSON.stringify(format)}`);
      if (format !== 'csv' && options.out === undefined) throw new CliError(`a ${format.toUpperCase()} file needs --out FILE`);
      if (!LOCALES.includes(options.lang)) throw new CliError(`--lang must be one of ${LOCALES.join(', ')}, not ${JSON.stringify(options.lang)}`);
      const { decryptExport } = await import('./keys-run');
      await decryptExport(file, options.key, format, options.out, options.lang, options.dictionary, process.env);
    });
}
