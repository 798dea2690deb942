/** The XML of a part is not well formed (or uses what a workbook part never does). */
export class XmlError extends Error {
  constructor(
    readonly part: string,
    detail: string,
  ) {
    super(`${part}: ${detail}`);
    this.name = 'XmlError';
  }
}
