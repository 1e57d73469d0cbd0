import { create } from 'zustand';
import type { KnownName, KnownNameKind } from '../../core/privacy/identifying-data.js';

/**
 * The names the writer asks the pupil-data check to look for, with their pseudonyms. Kept in
 * this computer's local storage, apart from the portfolios, so they are never in a backup, a
 * shared file or an export: the list is itself the identifying data.
 */

export const KNOWN_NAME_KINDS: Readonly<Record<KnownNameKind, string>> = {
  pupil: 'Pupil',
  staff: 'Member of staff',
  school: 'School',
  'local-authority': 'Local authority',
  other: 'Other',
};

const STORAGE_KEY = 'nasenco-names-to-check';

/** The list saved on this computer; anything damaged is left out rather than stopping the check. */
export function readKnownNames(storage: Pick<Storage, 'getItem'>): KnownName[] {
  let saved: unknown;
  try {
    saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(saved)) return [];
  return saved.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { name, kind, pseudonym } = item as Record<string, unknown>;
    if (
      typeof name !== 'string' ||
      name.trim() === '' ||
      typeof kind !== 'string' ||
      !Object.hasOwn(KNOWN_NAME_KINDS, kind)
    )
      return [];
    return [{ name, kind: kind as KnownNameKind, pseudonym: typeof pseudonym === 'string' ? pseudonym : '' }];
  });
}

interface KnownNames {
  readonly names: readonly KnownName[];
  /** Whether the last change could not be kept on this computer (storage full or blocked). */
  readonly notKept: boolean;
}

export const useKnownNames = create<KnownNames>(() => ({ names: readKnownNames(localStorage), notKept: false }));

function keep(names: readonly KnownName[]): void {
  let notKept = false;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(names));
  } catch {
    notKept = true;
  }
  useKnownNames.setState({ names, notKept });
}

/** Adds a name, or says why not. */
export function addKnownName(name: string, kind: KnownNameKind, pseudonym: string): string | undefined {
  const clean = name.trim().replace(/\s+/gu, ' ');
  if (clean === '') return 'Type the name to look for.';
  const { names } = useKnownNames.getState();
  if (names.some((known) => known.name.toLocaleLowerCase('en-GB') === clean.toLocaleLowerCase('en-GB')))
    return `“${clean}” is already on the list.`;
  keep([...names, { name: clean, kind, pseudonym: pseudonym.trim() }]);
  return undefined;
}

export function setPseudonym(name: string, pseudonym: string): void {
  keep(
    useKnownNames
      .getState()
      .names.map((known) => (known.name === name ? { ...known, pseudonym: pseudonym.trim() } : known)),
  );
}

export function removeKnownName(name: string): void {
  keep(useKnownNames.getState().names.filter((known) => known.name !== name));
}
