import type { Person } from '../../storage/plan-record';

/** A person just added: every answer empty. */
export function newPerson(id: string): Person {
  return {
    id,
    fullName: '',
    dateOfBirth: '',
    countryOfBirth: '',
    aNumber: '',
    isChild: false,
    medicines: '',
    allergies: '',
    doctor: '',
    school: '',
  };
}

/** A removed person and where they were, so "Undo" puts them back in the same place. */
export interface Removed {
  person: Person;
  index: number;
}

export function removePerson(people: Person[], id: string): { people: Person[]; removed?: Removed } {
  const index = people.findIndex((person) => person.id === id);
  const person = people[index];
  if (!person) return { people };
  return { people: people.filter((other) => other.id !== id), removed: { person, index } };
}

/** Puts a removed person back where they were (once, however often "Undo" is pressed). */
export function restorePerson(people: Person[], { person, index }: Removed): Person[] {
  if (people.some((other) => other.id === person.id)) return people;
  return [...people.slice(0, index), person, ...people.slice(index)];
}

/** The people marked as children, in household order. */
export function childrenOf(people: Person[]): Person[] {
  return people.filter((person) => person.isChild);
}
