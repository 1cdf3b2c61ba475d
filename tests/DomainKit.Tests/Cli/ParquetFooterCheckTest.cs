using DomainKit.Cli;
using Parquet;
using Parquet.Schema;

namespace DomainKit.Tests.Cli;

/// <summary>
/// The footer check (<see cref="ParquetFooterCheck"/>) passes the footers Parquet.Net writes, refuses footers that
/// would set Parquet.Net's reader apart from the bytes, and never passes one that Parquet.Net then reads without end.
/// </summary>
public sealed class ParquetFooterCheckTest : IDisposable
{
    // A number whose bytes never end: the damage that made Parquet.Net's footer reader loop for ever.
    private static readonly byte[] Never = [0xFF, 0xFF, 0xFF, 0xFF, 0x0F];

    private readonly TemporaryFiles temporary = new("footer-");

    public void Dispose() => temporary.Dispose();

    [Fact]
    public async Task FootersParquetNetWrites_Pass()
    {
        // The households schema, and a schema of every kind of column the readers meet, nested ones included.
        Assert.True(ParquetFooterCheck.Reads(Footer(Generated(20))));

        using var file = new MemoryStream();
        var fields = new Field[]
        {
            new DataField<string>("text"), new DataField<int?>("int"), new DataField<long>("long"), new DataField<double?>("double"),
            new DataField<DateTime>("time"), new DataField<DateOnly?>("date"), new DataField<bool>("flag"), new DataField<byte[]>("bytes"),
            new DecimalDataField("amount", 18, 2), new ListField("list", new DataField<int>("item")),
            new StructField("struct", new DataField<string>("inner")),
        };
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), file))
        {
            writer.CustomMetadata = new Dictionary<string, string> { ["origin"] = "test" };
        }

        Assert.True(ParquetFooterCheck.Reads(Footer(file.ToArray())));
    }

    [Fact]
    public void ForgedFooters_AreRefused()
    {
        // Field 1 (the version, an i32) sent as a list.
        Assert.False(ParquetFooterCheck.Reads([0x19, 0x15, 0x02, 0x00]));

        // The schema: a list that claims a million structures in a handful of bytes.
        Assert.False(ParquetFooterCheck.Reads([0x29, 0xFC, 0xC0, 0x84, 0x3D, 0x00, 0x00]));

        // The schema as a list of i32s rather than of structures.
        Assert.False(ParquetFooterCheck.Reads([0x29, 0x15, 0x02, 0x00]));

        // An unknown field 20 that is a structure with a field: Parquet.Net would read its field's value as a header.
        Assert.False(ParquetFooterCheck.Reads([0x0C, 0x28, 0x15, 0x02, 0x00, 0x00]));

        // A number that runs past the end, and a footer with no stop.
        Assert.False(ParquetFooterCheck.Reads([0x15, 0xFF, 0xFF]));
        Assert.False(ParquetFooterCheck.Reads([0x15, 0x02]));

        // Fields Parquet.Net passes over as Thrift does (an unknown i64, an unknown list of strings) are let through.
        Assert.True(ParquetFooterCheck.Reads([0x06, 0x28, 0x02, 0x09, 0x2A, 0x18, 0x01, 0x61, 0x00]));
    }

    [Fact]
    public void AFileThatDoesNotEndAsParquet_HasNoFooter()
    {
        using var text = new MemoryStream("key,relation\n1,applicant\n"u8.ToArray());
        Assert.Null(ParquetFooterCheck.Footer(text));

        var bytes = Generated(5);
        BitConverter.GetBytes(bytes.Length).CopyTo(bytes, bytes.Length - 8);
        using var tooLong = new MemoryStream(bytes);
        Assert.Null(ParquetFooterCheck.Footer(tooLong));
    }

    /// <summary>
    /// Every place of a generated file's footer damaged two ways (a number that never ends written over it, and its top
    /// bit turned): whatever the check passes, Parquet.Net reads, schema included, to an end within seconds.
    /// </summary>
    [Fact]
    public async Task NoFooterTheCheckPasses_KeepsParquetNetReading()
    {
        var bytes = Generated(30);
        var footerLength = BitConverter.ToInt32(bytes, bytes.Length - 8);
        var footerStart = bytes.Length - 8 - footerLength;
        var refused = 0;
        for (var at = 0; at < footerLength; at++)
        {
            foreach (var damage in new Action<byte[]>[] { file => Never.AsSpan(0, Math.Min(Never.Length, footerLength - at)).CopyTo(file.AsSpan(footerStart + at)), file => file[footerStart + at] ^= 0x80 })
            {
                var damaged = (byte[])bytes.Clone();
                damage(damaged);
                if (!ParquetFooterCheck.Reads(damaged.AsSpan(footerStart, footerLength)))
                {
                    refused++;
                    continue;
                }

                var reading = Task.Run(async () =>
                {
                    using var stream = new MemoryStream(damaged);
                    await using var reader = await ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true });
                    _ = reader.Schema.Fields.Count;
                });
                var first = await Task.WhenAny(reading, Task.Delay(TimeSpan.FromSeconds(10)));
                Assert.True(first == reading, $"Parquet.Net did not end reading a footer the check passed (damage at {at})");
            }
        }

        Assert.True(refused > footerLength / 2, $"refused {refused} of {2 * footerLength}");
    }

    private byte[] Generated(int households)
    {
        var file = temporary.Path(".parquet");
        Assert.Equal(0, CliRunner.Run("generate", "--households", households.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "parquet", "--out", file).Code);
        return File.ReadAllBytes(file);
    }

    private static byte[] Footer(byte[] file)
    {
        using var stream = new MemoryStream(file);
        return ParquetFooterCheck.Footer(stream)!;
    }
}
