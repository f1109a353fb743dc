import { refuse } from '@care/domain-kernel';

/**
 * DOMAIN 4.7: a document's name carries its project, its date and its version. The seed prescribes the
 * parts, not their spelling; the register spells them
 *
 *     <project>_<YYYYMMDD>_v<major>.<minor>[.<extension>]      e.g. KH2026000123_20260315_v1.0.pdf
 *
 * project: 1 to 60 letters, digits or hyphens, starting with a letter or digit (an archive number such
 * as KH2026000123, or a short project name such as CS-Policy); date: a real calendar date in 2000-2100;
 * version: major and minor, 0 to 999 each; extension (optional): 1 to 10 letters or digits.
 */
export const DOCUMENT_NAME_FORMAT = '<project>_<YYYYMMDD>_v<major>.<minor>[.<extension>]';

const NAME =
  /^([A-Za-z0-9][A-Za-z0-9-]{0,59})_(\d{4})(\d{2})(\d{2})_v(\d{1,3})\.(\d{1,3})(?:\.([A-Za-z0-9]{1,10}))?$/;

export interface DocumentName {
  name: string;
  project: string;
  /** YYYY-MM-DD */
  date: string;
  major: number;
  minor: number;
  extension: string | null;
}

const invalid = (why: string) =>
  refuse.input(
    'name',
    `${why}: a document name is ${DOCUMENT_NAME_FORMAT}, e.g. KH2026000123_20260315_v1.0.pdf (DOMAIN 4.7)`,
    {
      format: DOCUMENT_NAME_FORMAT,
    },
  );

export function parseDocumentName(input: string): DocumentName {
  const match = NAME.exec(input);
  if (!match) throw invalid('the name does not carry project, date and version');
  const [, project, y, m, d, major, minor, extension] = match as unknown as string[];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!real || year < 2000 || year > 2100) throw invalid(`${y}${m}${d} is not a date between 2000 and 2100`);
  return {
    name: input,
    project: project!,
    date: `${y}-${m}-${d}`,
    major: Number(major),
    minor: Number(minor),
    extension: extension ?? null,
  };
}

/** `1.0`, `2.13`: the version as the name carries it. */
export const versionLabel = (n: Pick<DocumentName, 'major' | 'minor'>) => `${n.major}.${n.minor}`;
