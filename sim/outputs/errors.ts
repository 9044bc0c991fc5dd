/** The error every reader of an output file throws: the file is missing or malformed. */

/** A missing or malformed output file; the message names the file and, where known, its line. */
export class ReportInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReportInputError';
  }
}
