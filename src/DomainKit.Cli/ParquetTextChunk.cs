using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using Parquet.Meta;
using Snappier;
using ZstdSharp;

namespace DomainKit.Cli;

/// <summary>
/// Decodes a text column chunk of a row group straight from the file's bytes into a <see cref="TextColumn"/>: no
/// object per value, and a dictionary-encoded chunk keeps each distinct value once.
/// </summary>
/// <remarks>
/// Parquet.Net decodes each text value into an array of its own, and a row group's text columns are tens of thousands
/// of them at once, which live long enough for the collector to move them twice before they are copied out; on a
/// whole caseload that was most of the time Parquet runs spent collecting. This reader handles the chunks writers
/// make by default (version 1 data pages, plain or dictionary encoded, uncompressed, Snappy, gzip or zstd, a column
/// with no repetition); for any other chunk, and for any chunk it finds damaged, it gives none, and the column is
/// decoded by Parquet.Net, whose reading of a damaged file stands. Every size, count and offset is checked against the
/// bytes before it is used.
/// </remarks>
internal static class ParquetTextChunk
{
    [ThreadStatic]
    private static Decompressor? zstd;

    /// <summary>
    /// The chunk's values over its <paramref name="rows"/> rows, or none when this reader does not handle the chunk or
    /// finds it damaged. The stream is the file, read from the chunk's start for its stated length.
    /// </summary>
    public static TextColumn? Read(Stream file, ColumnChunk? chunk, int maxDefinitionLevel, int rows)
    {
        if (chunk?.MetaData is not { } meta || meta.Type != Parquet.Meta.Type.BYTE_ARRAY || maxDefinitionLevel is < 0 or > 1
            || meta.NumValues != rows || meta.Codec is not (CompressionCodec.UNCOMPRESSED or CompressionCodec.SNAPPY or CompressionCodec.GZIP or CompressionCodec.ZSTD))
        {
            return null;
        }

        var start = Start(meta);
        var size = meta.TotalCompressedSize;
        if (start <= 0 || size <= 0 || size > Array.MaxLength || start > file.Length - size)
        {
            return null;
        }

        var bytes = ArrayPool<byte>.Shared.Rent((int)size);
        try
        {
            file.Seek(start, SeekOrigin.Begin);
            file.ReadExactly(bytes, 0, (int)size);
            return Decode(new ArraySegment<byte>(bytes, 0, (int)size), meta.Codec, maxDefinitionLevel, rows, meta.TotalUncompressedSize);
        }
        catch (Exception exception) when (exception is InvalidDataException or NotSupportedException or EndOfStreamException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>
    /// Decodes a chunk's pages. <see cref="InvalidDataException"/> when the chunk is damaged, <see cref="NotSupportedException"/>
    /// when it uses a page, encoding or codec this reader leaves to Parquet.Net. The pages may hold at most
    /// <paramref name="uncompressedSize"/> bytes decompressed, as the chunk's metadata says.
    /// </summary>
    internal static TextColumn Decode(ArraySegment<byte> chunk, CompressionCodec codec, int maxDefinitionLevel, int rows, long uncompressedSize)
    {
        var column = new Builder(rows, (int)Math.Clamp(uncompressedSize, 16, HouseholdParquet.MaxRowGroupRows));
        var levels = maxDefinitionLevel > 0 ? ColumnPool<int>.Arrays.Rent(rows) : null;
        var indexes = ColumnPool<int>.Arrays.Rent(rows);
        try
        {
            var at = 0;
            var row = 0;
            var budget = uncompressedSize;
            while (row < rows)
            {
                var header = ParquetPageHeader.Read(chunk.AsSpan(at));
                at += header.HeaderSize;
                if (header.CompressedSize > chunk.Count - at || (budget -= header.UncompressedSize) < 0)
                {
                    throw Damaged();
                }

                var stored = chunk.Slice(at, header.CompressedSize);
                at += header.CompressedSize;
                if (header.Type is not (ParquetPageHeader.DataPage or ParquetPageHeader.DictionaryPage))
                {
                    throw new NotSupportedException("Only version 1 data pages and dictionary pages are decoded here.");
                }

                var buffer = codec == CompressionCodec.UNCOMPRESSED ? null : ArrayPool<byte>.Shared.Rent(header.UncompressedSize);
                try
                {
                    var page = buffer is null ? stored.AsSpan() : Decompress(codec, stored, buffer.AsSpan(0, header.UncompressedSize));
                    if (header.Type == ParquetPageHeader.DictionaryPage)
                    {
                        column.ReadDictionary(header, page);
                    }
                    else
                    {
                        if (header.Values > rows - row)
                        {
                            throw Damaged();
                        }

                        ReadDataPage(header, page, column, row, levels, indexes);
                        row += header.Values;
                    }
                }
                finally
                {
                    if (buffer is not null)
                    {
                        ArrayPool<byte>.Shared.Return(buffer);
                    }
                }
            }

            return column.Finish();
        }
        catch
        {
            column.Abandon();
            throw;
        }
        finally
        {
            if (levels is not null)
            {
                ColumnPool<int>.Arrays.Return(levels);
            }

            ColumnPool<int>.Arrays.Return(indexes);
        }
    }

    /// <summary>
    /// Reads RLE/bit-packed hybrid encoded numbers of <paramref name="bitWidth"/> bits until <paramref name="into"/> is
    /// full; the numbers are not checked against any bound here.
    /// </summary>
    internal static void DecodeHybrid(ReadOnlySpan<byte> data, int bitWidth, Span<int> into)
    {
        if (bitWidth is < 0 or > 32)
        {
            throw Damaged();
        }

        var byteWidth = (bitWidth + 7) / 8;
        var mask = bitWidth == 32 ? uint.MaxValue : (1u << bitWidth) - 1;
        var at = 0;
        var filled = 0;
        while (filled < into.Length)
        {
            var header = ThriftCompactReader.ReadVarint(data, ref at, 5);
            if ((header & 1) == 0)
            {
                // A run: one value, repeated.
                if (byteWidth > data.Length - at)
                {
                    throw Damaged();
                }

                uint value = 0;
                for (var b = 0; b < byteWidth; b++)
                {
                    value |= (uint)data[at + b] << (8 * b);
                }

                at += byteWidth;
                var count = (int)Math.Min(header >> 1, (ulong)(into.Length - filled));

                // A value of 32 bits is kept as its bits, as the dictionary index check then refuses it.
                into.Slice(filled, count).Fill(unchecked((int)value));
                filled += count;
            }
            else
            {
                // Groups of eight values packed into bitWidth bytes each, least significant bit first; the last group
                // may stop short of its eight when the values it holds are all there are.
                var groups = header >> 1;
                var count = (int)Math.Min(groups * 8, (ulong)(into.Length - filled));
                var needed = ((long)count * bitWidth + 7) / 8;
                if (needed > data.Length - at)
                {
                    throw Damaged();
                }

                ulong bits = 0;
                var held = 0;
                var next = at;
                for (var i = 0; i < count; i++)
                {
                    while (held < bitWidth)
                    {
                        bits |= (ulong)data[next++] << held;
                        held += 8;
                    }

                    into[filled + i] = unchecked((int)((uint)bits & mask));
                    bits >>= bitWidth;
                    held -= bitWidth;
                }

                filled += count;
                at += (int)Math.Min(groups * (ulong)bitWidth, (ulong)(data.Length - at));
            }
        }
    }

    /// <summary>
    /// A version 1 data page: its definition levels (when the column may be null), then its values, plain or as
    /// indexes into the chunk's dictionary, spread over the page's rows from <paramref name="firstRow"/>.
    /// </summary>
    private static void ReadDataPage(ParquetPageHeader header, ReadOnlySpan<byte> page, Builder column, int firstRow, int[]? levels, int[] indexes)
    {
        var count = header.Values;
        var defined = count;
        if (levels is not null)
        {
            if (header.LevelEncoding != ParquetPageHeader.Rle)
            {
                throw new NotSupportedException("Definition levels are decoded here only when RLE encoded.");
            }

            DecodeHybrid(LengthPrefixed(ref page), 1, levels.AsSpan(0, count));
            defined = 0;
            foreach (var level in levels.AsSpan(0, count))
            {
                defined += level switch
                {
                    0 => 0,
                    1 => 1,
                    _ => throw Damaged(),
                };
            }
        }

        switch (header.Encoding)
        {
            case ParquetPageHeader.Plain:
                column.ReadPlain(page, firstRow, count, levels);
                break;
            case ParquetPageHeader.PlainDictionary or ParquetPageHeader.RleDictionary:
                if (defined > 0)
                {
                    if (page.Length == 0)
                    {
                        throw Damaged();
                    }

                    // A width of none: every index is 0, and no runs follow (a dictionary of one value).
                    if (page[0] == 0)
                    {
                        indexes.AsSpan(0, defined).Clear();
                    }
                    else
                    {
                        DecodeHybrid(page[1..], page[0], indexes.AsSpan(0, defined));
                    }
                }

                column.ReadIndexes(indexes.AsSpan(0, defined), firstRow, count, levels);
                break;
            default:
                throw new NotSupportedException("Text values are decoded here only when plain or dictionary encoded.");
        }
    }

    /// <summary>A page's bytes decompressed into <paramref name="into"/>, which is exactly the size its header states.</summary>
    private static ReadOnlySpan<byte> Decompress(CompressionCodec codec, ArraySegment<byte> stored, Span<byte> into)
    {
        int written;
        try
        {
            switch (codec)
            {
                case CompressionCodec.SNAPPY:
                    if (!Snappy.TryDecompress(stored, into, out written))
                    {
                        throw Damaged();
                    }

                    break;
                case CompressionCodec.ZSTD:
                    written = (zstd ??= new Decompressor()).Unwrap(stored, into);
                    break;
                default:
                    using (var gzip = new GZipStream(new MemoryStream(stored.Array!, stored.Offset, stored.Count, writable: false), CompressionMode.Decompress))
                    {
                        written = gzip.ReadAtLeast(into, into.Length, throwOnEndOfStream: false);
                    }

                    break;
            }
        }
        catch (Exception exception) when (exception is not (InvalidDataException or OutOfMemoryException))
        {
            // The decompressors report damage each in their own way (an argument out of range, a zstd error).
            throw new InvalidDataException("A page does not decompress.", exception);
        }

        return written == into.Length ? into : throw Damaged();
    }

    /// <summary>A length in four bytes, little-endian, then that many bytes: those bytes, and the page moved past them.</summary>
    private static ReadOnlySpan<byte> LengthPrefixed(ref ReadOnlySpan<byte> page)
    {
        if (page.Length < 4 || BinaryPrimitives.ReadInt32LittleEndian(page) is var length && (length < 0 || length > page.Length - 4))
        {
            throw Damaged();
        }

        var value = page.Slice(4, length);
        page = page[(4 + length)..];
        return value;
    }

    /// <summary>Where a chunk starts: the first of its pages, dictionary or data, as Parquet.Net takes it.</summary>
    private static long Start(ColumnMetaData meta)
    {
        var start = meta.DataPageOffset;
        if (meta.DictionaryPageOffset is > 0 and var dictionary && dictionary < start)
        {
            start = dictionary;
        }

        return start;
    }

    private static InvalidDataException Damaged() => new("The text column chunk is damaged.");

    /// <summary>The column being decoded: its characters so far, the rows' places in them, and the dictionary's.</summary>
    private sealed class Builder(int rows, int capacity)
    {
        private char[] chars = ColumnPool<char>.Arrays.Rent(capacity);
        private int used;
        private int[]? starts = ColumnPool<int>.Arrays.Rent(rows);
        private int[]? lengths = ColumnPool<int>.Arrays.Rent(rows);
        private int[]? entryStarts;
        private int[]? entryLengths;
        private int entries = -1;

        /// <summary>The dictionary page: its values, plain encoded, each kept once among the characters.</summary>
        public void ReadDictionary(ParquetPageHeader header, ReadOnlySpan<byte> page)
        {
            if (entries >= 0)
            {
                throw Damaged();
            }

            if (header.Encoding is not (ParquetPageHeader.Plain or ParquetPageHeader.PlainDictionary))
            {
                throw new NotSupportedException("A dictionary is decoded here only when plain encoded.");
            }

            // Each entry takes at least the four bytes of its length.
            if (header.Values > page.Length / 4)
            {
                throw Damaged();
            }

            entries = header.Values;
            entryStarts = ColumnPool<int>.Arrays.Rent(Math.Max(entries, 1));
            entryLengths = ColumnPool<int>.Arrays.Rent(Math.Max(entries, 1));
            Reserve(page.Length);
            for (var i = 0; i < entries; i++)
            {
                (entryStarts[i], entryLengths[i]) = Append(ref page);
            }
        }

        /// <summary>A page's plain-encoded values, one for each row its levels define.</summary>
        public void ReadPlain(ReadOnlySpan<byte> page, int firstRow, int count, int[]? levels)
        {
            Reserve(page.Length);
            for (var i = 0; i < count; i++)
            {
                (starts![firstRow + i], lengths![firstRow + i]) = levels is null || levels[i] == 1 ? Append(ref page) : (0, 0);
            }
        }

        /// <summary>A page's dictionary indexes, one for each row its levels define.</summary>
        public void ReadIndexes(ReadOnlySpan<int> indexes, int firstRow, int count, int[]? levels)
        {
            var next = 0;
            for (var i = 0; i < count; i++)
            {
                if (levels is not null && levels[i] == 0)
                {
                    (starts![firstRow + i], lengths![firstRow + i]) = (0, 0);
                    continue;
                }

                var index = indexes[next++];
                if (unchecked((uint)index) >= (uint)Math.Max(entries, 0))
                {
                    throw Damaged();
                }

                (starts![firstRow + i], lengths![firstRow + i]) = (entryStarts![index], entryLengths![index]);
            }
        }

        public TextColumn Finish()
        {
            var column = new TextColumn(chars, starts!, lengths!);
            (starts, lengths) = (null, null);
            ReturnDictionary();
            return column;
        }

        public void Abandon()
        {
            ColumnPool<char>.Arrays.Return(chars);
            if (starts is not null)
            {
                ColumnPool<int>.Arrays.Return(starts);
                ColumnPool<int>.Arrays.Return(lengths!);
            }

            ReturnDictionary();
        }

        /// <summary>
        /// Room for the values of a page of <paramref name="bytes"/> bytes: text never decodes to more characters than
        /// its UTF-8 bytes (a malformed byte becomes one U+FFFD), so that many characters are always enough.
        /// </summary>
        private void Reserve(int bytes)
        {
            if (bytes <= chars.Length - used)
            {
                return;
            }

            var larger = ColumnPool<char>.Arrays.Rent((int)Math.Min(Math.Max((long)used + bytes, 2L * chars.Length), Array.MaxLength));
            chars.AsSpan(0, used).CopyTo(larger);
            ColumnPool<char>.Arrays.Return(chars);
            chars = larger;
        }

        /// <summary>One plain-encoded value (its length in four bytes, then its UTF-8 bytes) appended as characters.</summary>
        private (int Start, int Length) Append(ref ReadOnlySpan<byte> page)
        {
            var start = used;
            used += System.Text.Encoding.UTF8.GetChars(LengthPrefixed(ref page), chars.AsSpan(used));
            return (start, used - start);
        }

        private void ReturnDictionary()
        {
            if (entryStarts is not null)
            {
                ColumnPool<int>.Arrays.Return(entryStarts);
                ColumnPool<int>.Arrays.Return(entryLengths!);
                (entryStarts, entryLengths) = (null, null);
            }
        }
    }
}
