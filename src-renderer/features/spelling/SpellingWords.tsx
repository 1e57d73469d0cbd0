import { useEffect, useState } from 'react';
import type { SpellingWordList } from '../../../src-main/contract.js';
import { host } from '../../host/host.js';
import { Problem } from '../../ui/Problem.js';

/**
 * The words added to the spelling dictionary with "Add to the dictionary": often pupils' names,
 * so the desktop app keeps them in its own data, never in the computer's dictionary, and shows
 * them here to be taken out again.
 */
export function SpellingWords({ headingLevel }: { readonly headingLevel: 2 | 3 }) {
  const [list, setList] = useState<SpellingWordList>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    let current = true;
    host.spellingWords().then(
      (words) => current && setList(words),
      () => current && setProblem('Your word list could not be read.'),
    );
    return () => {
      current = false;
    };
  }, []);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const remove = async (word: string) => {
    try {
      setList(await host.removeSpellingWord(word));
      setProblem(undefined);
    } catch {
      setProblem(`“${word}” could not be taken out of your word list. Try again.`);
    }
  };
  return (
    <section className="spelling-words" aria-labelledby="spelling-words-title">
      <Heading id="spelling-words-title">Your spelling word list</Heading>
      {list?.keptBy === 'the-browser' && (
        <p className="muted">
          In the browser edition, spelling is your browser’s own: words you add are kept by the browser, in its
          settings.
        </p>
      )}
      {list?.keptBy === 'the-app' && (
        <>
          <p className="muted">
            Words you added with “Add to the dictionary”, often names. They are kept in the app on this computer, never
            in your computer’s own dictionary, and never go in a backup or a shared file.
            {list.changesShowAfterRestart
              ? ' A word you add or take out is marked as such from the next time the app starts.'
              : ''}
          </p>
          {list.words.length === 0 ? (
            <p>No words yet.</p>
          ) : (
            <ul className="spelling-word-list">
              {list.words.map((word) => (
                <li key={word}>
                  <span>{word}</span>
                  <button type="button" className="danger-quiet" onClick={() => void remove(word)}>
                    Take out<span className="visually-hidden"> “{word}”</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <Problem message={problem} />
    </section>
  );
}
