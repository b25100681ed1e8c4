/**
 * A message of a field (the server's and ours read after the field's label: "champ obligatoire")
 * as a sentence of its own, next to the field: "Champ obligatoire".
 */
export function sentence(message: string): string {
  return message.length === 0 ? message : message[0]!.toLocaleUpperCase() + message.slice(1);
}
