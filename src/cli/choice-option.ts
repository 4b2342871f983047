import { InvalidArgumentError, Option } from 'commander';
import { formatDidYouMean } from '../diagnostics/suggest-nearest.js';

/** An option taking one of `choices` (listed in --help), whose mistakes get a did-you-mean. */
export function choiceOption(flags: string, description: string, choices: readonly string[], fallback: string): Option {
  return new Option(flags, description)
    .choices(choices)
    .default(fallback)
    .argParser((value: string) => {
      if (choices.includes(value)) return value;
      throw new InvalidArgumentError(`Expected one of ${choices.join(', ')}${formatDidYouMean(value, choices)}.`);
    });
}
