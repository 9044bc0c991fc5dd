/**
 * Writing a Parquet table (`--format parquet`) as rows arrive, through hyparquet-writer (pure
 * JavaScript): rows are buffered per column and written as a row group every
 * {@link ROW_GROUP_ROWS} rows, so a 1,000-run trajectory table never sits in memory whole. The file
 * is written to a temp name in the target folder and renamed into place by `commit`, like
 * AtomicFileWriter. Snappy compression, no timestamps: the same rows give the same bytes. Numbers
 * keep their full double precision (CSV prints 12 significant digits).
 * The key-value metadata names cogov's version and the table (`cogov.version`, `cogov.table`).
 */
import { ByteWriter, ParquetWriter, type SchemaElement } from 'hyparquet-writer';
import { monthEpochDay, type ParquetColumn } from '../outputs/parquet.js';
import { TempFile } from './temp-file.js';
import { cogovVersion } from './version.js';

/** Rows per row group (about 1–3 MB of column data for the widest table). */
export const ROW_GROUP_ROWS = 1 << 16;

/** A cell as given to {@link ParquetTableWriter.row}: NaN in a DOUBLE column is written as null. */
export type ParquetCell = string | number | boolean;

function schemaElement(c: ParquetColumn): SchemaElement {
  const repetition_type = c.nullable ? 'OPTIONAL' : 'REQUIRED';
  switch (c.kind) {
    case 'string':
      return {
        name: c.name,
        type: 'BYTE_ARRAY',
        converted_type: 'UTF8',
        logical_type: { type: 'STRING' },
        repetition_type,
      };
    case 'date':
      return {
        name: c.name,
        type: 'INT32',
        converted_type: 'DATE',
        logical_type: { type: 'DATE' },
        repetition_type,
      };
    case 'int32':
      return { name: c.name, type: 'INT32', repetition_type };
    case 'int64':
      return { name: c.name, type: 'INT64', repetition_type };
    case 'boolean':
      return { name: c.name, type: 'BOOLEAN', repetition_type };
    case 'double':
      return { name: c.name, type: 'DOUBLE', repetition_type };
  }
}

/** A Parquet file written to a temp name, row group by row group, then renamed into place. */
export class ParquetTableWriter {
  private readonly file: TempFile;
  private readonly writer: ParquetWriter;
  private buffers: unknown[][];
  private rows = 0;
  /** Epoch days of the months seen ("YYYY-MM" → DATE). */
  private readonly days = new Map<string, number>();

  /** Open `path` for a table named `table` (recorded in the metadata) with `columns`. */
  constructor(
    readonly path: string,
    private readonly columns: readonly ParquetColumn[],
    table: string,
    private readonly rowGroupRows = ROW_GROUP_ROWS,
  ) {
    const file = new TempFile(path);
    this.file = file;
    const bytes = new ByteWriter();
    // Flush the byte buffer to the file after every row group and whenever it passes 1 MB.
    const ensure = bytes.ensure.bind(bytes);
    const drain = () => {
      file.writeAll(new Uint8Array(bytes.buffer, 0, bytes.index));
      bytes.index = 0;
    };
    bytes.ensure = (size: number) => {
      if (bytes.index > 1 << 20) drain();
      ensure(size);
    };
    Object.assign(bytes, { flush: drain });
    bytes.finish = drain;
    const version = cogovVersion();
    this.writer = new ParquetWriter({
      writer: bytes,
      schema: [{ name: 'root', num_children: columns.length }, ...columns.map(schemaElement)],
      createdBy: `cogov ${version} (hyparquet-writer)`,
      kvMetadata: [
        { key: 'cogov.version', value: version },
        { key: 'cogov.table', value: table },
      ],
    });
    this.buffers = columns.map(() => []);
  }

  /** Append one row (cells in column order; a date column takes "YYYY-MM", a seed a number). */
  row(cells: readonly ParquetCell[]): void {
    const { columns, buffers } = this;
    for (let j = 0; j < columns.length; j++) buffers[j].push(this.cell(columns[j], cells[j]));
    this.rows++;
    if (this.rows >= this.rowGroupRows) this.flushGroup();
  }

  private cell(c: ParquetColumn, v: ParquetCell | undefined): unknown {
    switch (c.kind) {
      case 'double':
        // -0 is written as 0, as the CSV prints it.
        return typeof v === 'number' && Number.isFinite(v) ? (v === 0 ? 0 : v) : null;
      case 'int64':
        return BigInt(v as number);
      case 'date': {
        const month = v as string;
        const known = this.days.get(month);
        if (known !== undefined) return known;
        const day = monthEpochDay(month);
        this.days.set(month, day);
        return day;
      }
      default:
        return v;
    }
  }

  private flushGroup(): void {
    if (this.rows === 0) return;
    const columnData = this.columns.map((c, j) => ({ name: c.name, data: this.buffers[j] as never }));
    this.writer.write({ columnData, rowGroupSize: this.rows });
    this.buffers = this.columns.map(() => []);
    this.rows = 0;
  }

  /** Write the last row group and the footer, and move the file into place (the temp file is removed on failure). */
  commit(): void {
    this.file.commit(() => {
      this.flushGroup();
      this.writer.finish();
    });
  }

  /** Drop the temp file (after a failure). */
  abort(): void {
    this.file.abort();
  }
}
