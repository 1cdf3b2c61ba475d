using DomainKit.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Parquet;
using Parquet.Meta;
using Parquet.Schema;

namespace DomainKit.Tests.Cli;

/// <summary>
/// The tool's own decoding of text column chunks (<see cref="ParquetTextChunk"/>): on the chunks Parquet.Net writes it
/// gives back exactly the values written, on chunks made by hand it reads every page as parquet.thrift and the
/// encodings define them, it leaves to Parquet.Net what it does not decode, and on damaged bytes it gives up without
/// any exception but the two it promises.
/// </summary>
public sealed class ParquetTextChunkTest
{
    private static readonly string[] Samples = ["", "a", "370602", "H-000001", "户主", "配偶", "子女", "😀x", "\uD800", "tab\tand\"quote", new string('长', 300)];

    private static readonly int?[] Numbers = [1, null, 3];

    private static readonly CompressionMethod[] Decoded = [CompressionMethod.None, CompressionMethod.Snappy, CompressionMethod.Gzip, CompressionMethod.Zstd];

    [Property(MaxTest = 150)]
    public Property ChunksParquetNetWrites_AreReadToTheValuesWritten() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var nullable = random.Next(2) == 0;
            var values = Values(random, random.Next(1, 3000), nullable);
            var compression = Decoded[random.Next(Decoded.Length)];
            var dictionary = random.Next(2) == 0;
            using var file = Written(values, nullable, compression, dictionary);
            var column = ReadBack(file, values.Length, out _);
            Assert.NotNull(column);
            for (var row = 0; row < values.Length; row++)
            {
                Assert.Equal(AsWritten(values[row]), column.At(row).ToString());
            }

            column.Return();
        });

    [Theory]
    [InlineData(CompressionMethod.Brotli)]
    [InlineData(CompressionMethod.Lz4Raw)]
    public void OtherCodecs_AreLeftToParquetNet(CompressionMethod compression)
    {
        using var file = Written(["a", "b"], nullable: true, compression, dictionary: false);
        Assert.Null(ReadBack(file, 2, out _));
    }

    [Fact]
    public async Task AChunkOfOtherValues_IsLeftToParquetNet()
    {
        using var file = new MemoryStream();
        var field = new DataField<int?>("n");
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(field), file))
        {
            using var group = writer.CreateRowGroup();
            await group.WriteAsync<int>(field, Numbers.AsMemory());
        }

        Assert.Null(ReadBack(file, Numbers.Length, out _));
    }

    /// <summary>
    /// A dictionary page and three data pages written by hand, uncompressed, over seven rows of a nullable column:
    /// dictionary ["x", "yz"]; page 1 (rows 1–3) levels 1,0,1 and indexes 1,0 as a bit-packed group; page 2 (rows
    /// 4–5) plain "ab", "" ; page 3 (rows 6–7) indexes 1,1 as an RLE run. Worked by hand: yz, null, x, ab, "", yz, yz.
    /// </summary>
    [Fact]
    public void PagesWrittenByHand_ReadAsTheSpecificationDefinesThem()
    {
        var dictionary = Plain("x", "yz");
        var page1 = Concat(Levels(0b101, 3), [1, 0x03, 0b01]); // bit width 1; one group of 8: 1, 0, then padding
        var page2 = Concat(Levels(0b11, 2), Plain("ab", ""));
        var page3 = Concat(Levels(0b11, 2), [1, 0x04, 0x01]); // bit width 1; a run of 2 of the value 1
        var chunk = Concat(
            DictionaryHeader(dictionary.Length, 2), dictionary,
            DataHeader(page1.Length, 3, ParquetPageHeader.RleDictionary), page1,
            DataHeader(page2.Length, 2, ParquetPageHeader.Plain), page2,
            DataHeader(page3.Length, 2, ParquetPageHeader.PlainDictionary), page3);

        var column = ParquetTextChunk.Decode(chunk, CompressionCodec.UNCOMPRESSED, maxDefinitionLevel: 1, rows: 7, uncompressedSize: chunk.Length);

        Assert.Equal(["yz", "", "x", "ab", "", "yz", "yz"], Enumerable.Range(0, 7).Select(row => column.At(row).ToString()));
        column.Return();
    }

    [Fact]
    public void TheHybridEncoding_DecodesRunsAndBitPackedGroups()
    {
        // The specification's example: 0..7 packed in 3 bits is 10001000 11000110 11111010; then a run of 4 fives.
        var values = new int[12];
        ParquetTextChunk.DecodeHybrid([0x03, 0x88, 0xC6, 0xFA, 0x08, 0x05], 3, values);
        Assert.Equal([0, 1, 2, 3, 4, 5, 6, 7, 5, 5, 5, 5], values);

        // Past the bytes given: damaged, not a read beyond them.
        Assert.Throws<InvalidDataException>(() => ParquetTextChunk.DecodeHybrid([0x03, 0x88], 3, new int[8]));
        Assert.Throws<InvalidDataException>(() => ParquetTextChunk.DecodeHybrid([0x80, 0x80, 0x80, 0x80, 0x80, 0x01], 3, new int[1]));

        // Found by fuzzing: a bit-packed run of 2^31 - 1 groups, and a run of a 32-bit value, once overflowed the
        // arithmetic; the first is damage, the second a value the dictionary check then refuses.
        Assert.Throws<InvalidDataException>(() => ParquetTextChunk.DecodeHybrid([0xFF, 0xFF, 0xFF, 0xFF, 0x0F], 32, new int[4]));
        var wide = new int[2];
        ParquetTextChunk.DecodeHybrid([0x04, 0xFF, 0xFF, 0xFF, 0xFF], 32, wide);
        Assert.Equal([-1, -1], wide);
    }

    [Fact]
    public void ForgedPages_AreDamage_NotValues()
    {
        var dictionary = Plain("x");
        var indexes = new byte[] { 1, 0x02, 0x01 }; // index 1 of a dictionary of one
        Assert.Throws<InvalidDataException>(() => Decode(Concat(DictionaryHeader(dictionary.Length, 1), dictionary, DataHeader(indexes.Length, 1, ParquetPageHeader.RleDictionary), indexes), 1));

        // A dictionary claiming more entries than its bytes can hold.
        Assert.Throws<InvalidDataException>(() => Decode(Concat(DictionaryHeader(dictionary.Length, 1_000_000), dictionary), 1));

        // A page claiming more values than the chunk has rows.
        var plain = Plain("a", "b");
        Assert.Throws<InvalidDataException>(() => Decode(Concat(DataHeader(plain.Length, 2, ParquetPageHeader.Plain), plain), 1));

        // A page larger than the bytes left, and a value longer than its page.
        Assert.Throws<InvalidDataException>(() => Decode(Concat(DataHeader(100, 1, ParquetPageHeader.Plain), plain), 1));
        var tooLong = new byte[] { 9, 0, 0, 0, (byte)'a' };
        Assert.Throws<InvalidDataException>(() => Decode(Concat(DataHeader(tooLong.Length, 1, ParquetPageHeader.Plain), tooLong), 1));

        // Pages that together hold more than the chunk's metadata says it does.
        Assert.Throws<InvalidDataException>(() => ParquetTextChunk.Decode(Concat(DataHeader(plain.Length, 2, ParquetPageHeader.Plain), plain), CompressionCodec.UNCOMPRESSED, 0, 2, uncompressedSize: 3));

        // An encoding this reader leaves to Parquet.Net.
        Assert.Throws<NotSupportedException>(() => Decode(Concat(DataHeader(plain.Length, 2, 6), plain), 2));
    }

    [Fact]
    public void ThriftThatClaimsMoreThanItHolds_IsDamaged()
    {
        // A page header whose field 9 is a list of 16,777,215 structures, in six bytes.
        Assert.Throws<InvalidDataException>(() => ParquetPageHeader.Read([0x99, 0xFC, 0xFF, 0xFF, 0xFF, 0x07]));

        // Structures nested deeper than any page header nests.
        var deep = Enumerable.Repeat((byte)0x1C, ThriftCompactReader.MaxDepth + 2).Concat(Enumerable.Repeat((byte)0, ThriftCompactReader.MaxDepth + 3)).ToArray();
        Assert.Throws<InvalidDataException>(() => ParquetPageHeader.Read([0x9C, .. deep]));

        // Field 1, the page's type, sent as a binary rather than an i32.
        Assert.Throws<InvalidDataException>(() => ParquetPageHeader.Read([0x18, 0x01, 0x41, 0x00]));

        // A wire type Thrift does not have, and a header that stops short.
        Assert.Throws<InvalidDataException>(() => ParquetPageHeader.Read([0x1D, 0x00]));
        Assert.Throws<InvalidDataException>(() => ParquetPageHeader.Read([0x15, 0x00, 0x15]));
    }

    /// <summary>Any single damaged byte of a chunk Parquet.Net wrote: a column, or one of the two exceptions that mean "leave it to Parquet.Net".</summary>
    [Property(MaxTest = 40)]
    public Property DamagedChunks_GiveUpCleanly() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new Random(seed);
            var values = Values(random, random.Next(1, 200), nullable: true);
            using var file = Written(values, nullable: true, Decoded[random.Next(Decoded.Length)], dictionary: random.Next(2) == 0);
            Assert.NotNull(ReadBack(file, values.Length, out var meta));
            var start = (int)(meta.DictionaryPageOffset is > 0 and var d ? Math.Min(d, meta.DataPageOffset) : meta.DataPageOffset);
            var chunk = file.ToArray().AsSpan(start, (int)meta.TotalCompressedSize).ToArray();
            for (var trial = 0; trial < 60; trial++)
            {
                var damaged = (byte[])chunk.Clone();
                damaged[random.Next(damaged.Length)] ^= (byte)random.Next(1, 256);
                if (random.Next(4) == 0)
                {
                    damaged = damaged[..random.Next(damaged.Length)];
                }

                try
                {
                    ParquetTextChunk.Decode(damaged, meta.Codec, 1, values.Length, meta.TotalUncompressedSize).Return();
                }
                catch (Exception exception) when (exception is InvalidDataException or NotSupportedException)
                {
                }
            }
        });

    private static TextColumn Decode(byte[] chunk, int rows) =>
        ParquetTextChunk.Decode(chunk, CompressionCodec.UNCOMPRESSED, maxDefinitionLevel: 0, rows, uncompressedSize: chunk.Length);

    private static string?[] Values(Random random, int count, bool nullable)
    {
        // Few distinct values (as a dictionary column has) or many (as keys are), nulls only where the column allows.
        var many = random.Next(2) == 0;
        return [.. Enumerable.Range(0, count).Select(i => nullable && random.Next(5) == 0 ? null
            : many ? Samples[random.Next(Samples.Length)] + i.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : Samples[random.Next(Samples.Length)])];
    }

    /// <summary>A value as it reads back: a null as a blank, a lone surrogate as the U+FFFD its UTF-8 encoding made.</summary>
    private static string AsWritten(string? value) => value is null ? string.Empty : System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(value));

    private static MemoryStream Written(string?[] values, bool nullable, CompressionMethod compression, bool dictionary)
    {
        var file = new MemoryStream();
        var field = new DataField<string>("key", nullable);
        var options = new ParquetOptions { CompressionMethod = compression };
        if (dictionary)
        {
            options.ColumnEncodingHints["key"] = EncodingHint.Dictionary;
        }

        var writer = ParquetWriter.CreateAsync(new ParquetSchema(field), file, options).GetAwaiter().GetResult();
        using (var group = writer.CreateRowGroup())
        {
            group.WriteAsync(field, nullable ? values : [.. values.Select(value => value ?? string.Empty)]).GetAwaiter().GetResult();
        }

        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return file;
    }

    private static TextColumn? ReadBack(MemoryStream file, int rows, out ColumnMetaData meta)
    {
        var reader = ParquetReader.CreateAsync(file, leaveStreamOpen: true).GetAwaiter().GetResult();
        try
        {
            using var group = reader.OpenRowGroupReader(0);
            var field = reader.Schema.DataFields[0];
            var chunk = group.GetMetadata(field)!;
            meta = chunk.MetaData!;
            return ParquetTextChunk.Read(file, chunk, field.MaxDefinitionLevel, rows);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Values plain encoded: each its UTF-8 length in four bytes, little-endian, then its bytes.</summary>
    private static byte[] Plain(params string[] values) =>
        [.. values.SelectMany(value => BitConverter.GetBytes(System.Text.Encoding.UTF8.GetByteCount(value)).Concat(System.Text.Encoding.UTF8.GetBytes(value)))];

    /// <summary>Definition levels of a page of up to 8 rows, bit width 1, as one bit-packed group behind their length.</summary>
    private static byte[] Levels(int bits, int rows) => [2, 0, 0, 0, 0x03, (byte)(bits & ((1 << rows) - 1))];

    private static byte[] DataHeader(int size, int values, int encoding) =>
        [0x15, 0x00, 0x15, .. Zigzag(size), 0x15, .. Zigzag(size), 0x2C, 0x15, .. Zigzag(values), 0x15, .. Zigzag(encoding), 0x15, .. Zigzag(ParquetPageHeader.Rle), 0x15, .. Zigzag(ParquetPageHeader.Rle), 0x00, 0x00];

    private static byte[] DictionaryHeader(int size, int values) =>
        [0x15, .. Zigzag(ParquetPageHeader.DictionaryPage), 0x15, .. Zigzag(size), 0x15, .. Zigzag(size), 0x4C, 0x15, .. Zigzag(values), 0x15, .. Zigzag(ParquetPageHeader.Plain), 0x00, 0x00];

    /// <summary>An i32 as Thrift's compact protocol writes it: zigzag, then LEB128.</summary>
    private static byte[] Zigzag(int value)
    {
        var bytes = new List<byte>();
        var zigzag = (uint)((value << 1) ^ (value >> 31));
        do
        {
            var next = (byte)(zigzag & 0x7F);
            zigzag >>= 7;
            bytes.Add(zigzag == 0 ? next : (byte)(next | 0x80));
        }
        while (zigzag != 0);
        return [.. bytes];
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(part => part)];
}
