using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace DomainKit.Cli;

/// <summary>
/// Reads CSV records (RFC 4180) from bytes: a quoted field may hold commas, doubled quotes and line breaks, and a
/// record ends at a line break outside quotes. Memory is bounded by the longest record allowed, not by the file, so
/// a runaway line or field stops the reading instead of taking the machine's memory.
/// </summary>
/// <remarks>
/// Line numbers count physical lines, so a record that holds a quoted line break spans several. A UTF-8 byte order
/// mark at the start is skipped; a carriage return before a line feed outside quotes is not part of any field. Each
/// field is decoded as strict UTF-8, so invalid bytes make that record malformed, not the file unreadable.
/// </remarks>
internal sealed class CsvRecordReader : IHouseholdRecords, IDisposable
{
    /// <summary>A member row needs well under a kilobyte; a longer record means the file is not a households file.</summary>
    public const int MaxRecordBytes = 1024 * 1024;

    private readonly Stream stream;
    private readonly int maxRecordBytes;
    private readonly byte[] buffer = new byte[64 * 1024];
    private readonly List<byte> field = [];
    private int position;
    private int length;
    private bool finished;
    private bool atStart = true;

    public CsvRecordReader(Stream stream, int maxRecordBytes = MaxRecordBytes)
    {
        this.stream = stream;
        this.maxRecordBytes = maxRecordBytes;
    }

    /// <summary>Records are lines of a text file.</summary>
    public bool NumbersRows => false;

    /// <summary>Lines consumed so far, blank ones included.</summary>
    public long LinesRead { get; private set; }

    /// <summary>Bytes consumed so far, for progress.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The next record that is not blank; false at the end of the input.</summary>
    public bool Read(out CsvRecord record)
    {
        while (true)
        {
            if (!ReadOne(out record))
            {
                return false;
            }

            if (!record.IsBlank)
            {
                return true;
            }
        }
    }

    public void Dispose() => stream.Dispose();

    private bool ReadOne(out CsvRecord record)
    {
        var fields = new List<string?>();
        var firstLine = LinesRead + 1;
        var recordBytes = 0;
        var anyByte = false;
        var quoted = false;
        var afterQuote = false;
        var invalidUtf8 = false;
        field.Clear();
        while (true)
        {
            if (position == length && !Fill())
            {
                if (!anyByte)
                {
                    record = default;
                    return false;
                }

                LinesRead++;
                var problem = quoted ? CsvProblem.UnterminatedQuote : CsvProblem.None;
                invalidUtf8 |= !EndField(fields);
                record = new CsvRecord(firstLine, fields, invalidUtf8 && problem == CsvProblem.None ? CsvProblem.InvalidUtf8 : problem);
                return true;
            }

            var current = buffer[position++];
            BytesRead++;
            anyByte = true;
            if (++recordBytes > maxRecordBytes)
            {
                record = new CsvRecord(firstLine, [], CsvProblem.TooLong);
                return true;
            }

            if (quoted)
            {
                if (current == (byte)'"')
                {
                    if (Peek() == (byte)'"')
                    {
                        position++;
                        BytesRead++;
                        recordBytes++;
                        field.Add((byte)'"');
                    }
                    else
                    {
                        quoted = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (current == (byte)'\n')
                    {
                        LinesRead++;
                    }

                    field.Add(current);
                }

                continue;
            }

            switch (current)
            {
                case (byte)',':
                    invalidUtf8 |= !EndField(fields);
                    afterQuote = false;
                    break;
                case (byte)'\n':
                    LinesRead++;
                    if (field.Count > 0 && field[^1] == (byte)'\r' && !afterQuote)
                    {
                        field.RemoveAt(field.Count - 1);
                    }

                    invalidUtf8 |= !EndField(fields);
                    record = new CsvRecord(firstLine, fields, invalidUtf8 ? CsvProblem.InvalidUtf8 : CsvProblem.None);
                    return true;
                case (byte)'"' when field.Count == 0 && !afterQuote:
                    quoted = true;
                    break;
                case (byte)'\r' when afterQuote:
                    // The carriage return of a CRLF after a closing quote; anything else after it is kept, as before.
                    break;
                default:
                    field.Add(current);
                    break;
            }
        }
    }

    /// <summary>Ends the current field; false when its bytes are not valid UTF-8 (the field is then null).</summary>
    private bool EndField(List<string?> fields)
    {
        var bytes = CollectionsMarshal.AsSpan(field);
        var valid = Utf8.IsValid(bytes);
        fields.Add(valid ? Encoding.UTF8.GetString(bytes).Trim() : null);
        field.Clear();
        return valid;
    }

    private int Peek() => position < length || Fill() ? buffer[position] : -1;

    private bool Fill()
    {
        if (finished)
        {
            return false;
        }

        position = 0;
        length = stream.Read(buffer, 0, buffer.Length);
        finished = length == 0;
        if (atStart)
        {
            atStart = false;
            if (buffer.AsSpan(0, length).StartsWith("\uFEFF"u8))
            {
                position = 3;
                BytesRead = 3;
                return length > 3 || Fill();
            }
        }

        return !finished;
    }
}
