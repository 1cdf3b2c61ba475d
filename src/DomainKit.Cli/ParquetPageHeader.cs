namespace DomainKit.Cli;

/// <summary>
/// What a Parquet page header says about its page (parquet.thrift's PageHeader, with its data page or dictionary page
/// header), read with <see cref="ThriftCompactReader"/>: the fields this reader uses, each checked for its wire type,
/// and every other field passed over.
/// </summary>
internal readonly record struct ParquetPageHeader(int Type, int UncompressedSize, int CompressedSize, int Values, int Encoding, int LevelEncoding, int HeaderSize)
{
    public const int DataPage = 0;
    public const int DictionaryPage = 2;

    public const int Plain = 0;
    public const int PlainDictionary = 2;
    public const int Rle = 3;
    public const int RleDictionary = 8;

    /// <summary>
    /// The header at the start of <paramref name="bytes"/>, or <see cref="InvalidDataException"/> when it is damaged:
    /// a field of the wrong type, a required field missing, a size or count below zero. A page of a kind this reader
    /// does not decode (an index page, a data page of version 2) comes back with its type, for the caller to refuse.
    /// </summary>
    public static ParquetPageHeader Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new ThriftCompactReader(bytes);
        int? type = null, uncompressed = null, compressed = null;
        (int Values, int Encoding, int LevelEncoding)? page = null;
        var pageKind = -1;
        short id = 0;
        while (reader.NextField(ref id, out var wire))
        {
            switch (id)
            {
                case 1:
                    type = reader.ReadI32(wire);
                    break;
                case 2:
                    uncompressed = reader.ReadI32(wire);
                    break;
                case 3:
                    compressed = reader.ReadI32(wire);
                    break;
                case 5:
                    page = ReadPage(ref reader, wire, dictionary: false);
                    pageKind = DataPage;
                    break;
                case 7:
                    page = ReadPage(ref reader, wire, dictionary: true);
                    pageKind = DictionaryPage;
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }

        if (type is not { } kind || uncompressed is not >= 0 || compressed is not >= 0)
        {
            throw new InvalidDataException("A page header lacks its type or sizes.");
        }

        if (kind is DataPage or DictionaryPage && pageKind != kind)
        {
            throw new InvalidDataException("A page header lacks the header of its kind of page.");
        }

        var (values, encoding, levels) = page ?? (0, 0, 0);
        return new ParquetPageHeader(kind, uncompressed.Value, compressed.Value, values, encoding, levels, reader.Position);
    }

    /// <summary>A DataPageHeader (values, encoding, definition level encoding) or a DictionaryPageHeader (values, encoding).</summary>
    private static (int Values, int Encoding, int LevelEncoding) ReadPage(ref ThriftCompactReader reader, byte wire, bool dictionary)
    {
        reader.Enter(wire);
        int? values = null, encoding = null, levels = null;
        short id = 0;
        while (reader.NextField(ref id, out var field))
        {
            switch (id)
            {
                case 1:
                    values = reader.ReadI32(field);
                    break;
                case 2:
                    encoding = reader.ReadI32(field);
                    break;
                case 3 when !dictionary:
                    levels = reader.ReadI32(field);
                    break;
                default:
                    reader.Skip(field);
                    break;
            }
        }

        reader.Leave();
        if (values is not >= 0 || encoding is null || (!dictionary && levels is null))
        {
            throw new InvalidDataException("A page's header lacks its count or encoding.");
        }

        return (values.Value, encoding.Value, levels ?? Plain);
    }
}
