/**
 * A municipality as an option of a list to choose from. The two whose official name starts with
 * "'s-" are listed by the name people use, with the official one beside it: "'s-Gravenhage"
 * sorted first and could not be reached by typing D, G or H, as the field's hint promises (a
 * membership review).
 */
const COMMON_NAMES: Readonly<Record<string, string>> = {
  "'s-Gravenhage": 'Den Haag',
  "'s-Hertogenbosch": 'Den Bosch',
};

export function municipalityLabel(name: string): string {
  const common = COMMON_NAMES[name];
  return common ? `${common} (${name})` : name;
}
