using System.Buffers.Binary;

namespace DomainKit.Cli;

/// <summary>
/// Checks a Parquet file's footer before Parquet.Net reads it: the footer must be a FileMetaData that Parquet.Net's
/// Thrift reader reads exactly as Thrift's compact protocol defines it, inside the footer's bytes.
/// </summary>
/// <remarks>
/// Parquet.Net reads each field by its id whatever its wire type says, sizes its lists by the counts the file states,
/// and reads past the end of the footer as bytes of 0xFF, so a damaged footer could make it read a number that never
/// ends, or allocate a list of two billion items. This check reads the footer as Parquet.Net does, structure by
/// structure (the shapes below are those of Parquet.Net 6.1.0's generated readers), but with
/// <see cref="ThriftCompactReader"/>: every field Parquet.Net reads must have the wire type it reads it as, every list
/// the element type, every count and length must fit in the bytes left, and a field Parquet.Net does not know must be
/// one it passes over correctly (a single value, or a list of numbers or strings; its skipping of a structure reads
/// field headers only). A footer that passes is one Parquet.Net reads to its end, in one pass over its bytes.
/// </remarks>
internal static class ParquetFooterCheck
{
    private const byte Boolean = ThriftCompactReader.BooleanTrue;
    private const byte Byte = ThriftCompactReader.Byte;
    private const byte I16 = ThriftCompactReader.I16;
    private const byte I32 = ThriftCompactReader.I32;
    private const byte I64 = ThriftCompactReader.I64;
    private const byte Double = ThriftCompactReader.Double;
    private const byte Binary = ThriftCompactReader.Binary;
    private const byte List = ThriftCompactReader.List;
    private const byte Struct = ThriftCompactReader.Struct;

    // The structures a footer holds, each as the fields Parquet.Net's reader of it reads (id, wire type, and for a
    // list or a structure what it holds), taken from Parquet.Net 6.1.0's src/Parquet/Meta/Parquet.cs.
    private const int FileMetaDataShape = 0;
    private const int SchemaElementShape = 1;
    private const int RowGroupShape = 2;
    private const int KeyValueShape = 3;
    private const int ColumnOrderShape = 4;
    private const int EncryptionAlgorithmShape = 5;
    private const int LogicalTypeShape = 6;
    private const int ColumnChunkShape = 7;
    private const int SortingColumnShape = 8;
    private const int AesGcmV1Shape = 9;
    private const int AesGcmCtrV1Shape = 10;
    private const int DecimalTypeShape = 11;
    private const int TimeTypeShape = 12;
    private const int TimestampTypeShape = 13;
    private const int IntTypeShape = 14;
    private const int VariantTypeShape = 15;
    private const int GeometryTypeShape = 16;
    private const int GeographyTypeShape = 17;
    private const int ColumnMetaDataShape = 18;
    private const int ColumnCryptoMetaDataShape = 19;
    private const int TimeUnitShape = 20;
    private const int StatisticsShape = 21;
    private const int PageEncodingStatsShape = 22;
    private const int SizeStatisticsShape = 23;
    private const int GeospatialStatisticsShape = 24;
    private const int EncryptionWithColumnKeyShape = 25;
    private const int BoundingBoxShape = 26;
    private const int EmptyShape = 27;

    private static readonly Field[][] Shapes =
    [
        // FileMetaData: 1 Version, 2 Schema, 3 NumRows, 4 RowGroups, 5 KeyValueMetadata, 6 CreatedBy, 7 ColumnOrders, 8 EncryptionAlgorithm, 9 FooterSigningKeyMetadata
        [new(1, I32), new(2, List, Struct, SchemaElementShape), new(3, I64), new(4, List, Struct, RowGroupShape), new(5, List, Struct, KeyValueShape), new(6, Binary), new(7, List, Struct, ColumnOrderShape), new(8, Struct, Of: EncryptionAlgorithmShape), new(9, Binary)],
        // SchemaElement: 1 Type, 2 TypeLength, 3 RepetitionType, 4 Name, 5 NumChildren, 6 ConvertedType, 7 Scale, 8 Precision, 9 FieldId, 10 LogicalType
        [new(1, I32), new(2, I32), new(3, I32), new(4, Binary), new(5, I32), new(6, I32), new(7, I32), new(8, I32), new(9, I32), new(10, Struct, Of: LogicalTypeShape)],
        // RowGroup: 1 Columns, 2 TotalByteSize, 3 NumRows, 4 SortingColumns, 5 FileOffset, 6 TotalCompressedSize, 7 Ordinal
        [new(1, List, Struct, ColumnChunkShape), new(2, I64), new(3, I64), new(4, List, Struct, SortingColumnShape), new(5, I64), new(6, I64), new(7, I16)],
        // KeyValue: 1 Key, 2 Value
        [new(1, Binary), new(2, Binary)],
        // ColumnOrder: 1 TYPEORDER
        [new(1, Struct, Of: EmptyShape)],
        // EncryptionAlgorithm: 1 AESGCMV1, 2 AESGCMCTRV1
        [new(1, Struct, Of: AesGcmV1Shape), new(2, Struct, Of: AesGcmCtrV1Shape)],
        // LogicalType: 1 STRING, 2 MAP, 3 LIST, 4 ENUM, 5 DECIMAL, 6 DATE, 7 TIME, 8 TIMESTAMP, 10 INTEGER, 11 UNKNOWN, 12 JSON, 13 BSON, 14 UUID, 15 FLOAT16, 16 VARIANT, 17 GEOMETRY, 18 GEOGRAPHY
        [new(1, Struct, Of: EmptyShape), new(2, Struct, Of: EmptyShape), new(3, Struct, Of: EmptyShape), new(4, Struct, Of: EmptyShape), new(5, Struct, Of: DecimalTypeShape), new(6, Struct, Of: EmptyShape), new(7, Struct, Of: TimeTypeShape), new(8, Struct, Of: TimestampTypeShape), new(10, Struct, Of: IntTypeShape), new(11, Struct, Of: EmptyShape), new(12, Struct, Of: EmptyShape), new(13, Struct, Of: EmptyShape), new(14, Struct, Of: EmptyShape), new(15, Struct, Of: EmptyShape), new(16, Struct, Of: VariantTypeShape), new(17, Struct, Of: GeometryTypeShape), new(18, Struct, Of: GeographyTypeShape)],
        // ColumnChunk: 1 FilePath, 2 FileOffset, 3 MetaData, 4 OffsetIndexOffset, 5 OffsetIndexLength, 6 ColumnIndexOffset, 7 ColumnIndexLength, 8 CryptoMetadata, 9 EncryptedColumnMetadata
        [new(1, Binary), new(2, I64), new(3, Struct, Of: ColumnMetaDataShape), new(4, I64), new(5, I32), new(6, I64), new(7, I32), new(8, Struct, Of: ColumnCryptoMetaDataShape), new(9, Binary)],
        // SortingColumn: 1 ColumnIdx, 2 Descending, 3 NullsFirst
        [new(1, I32), new(2, Boolean), new(3, Boolean)],
        // AesGcmV1: 1 AadPrefix, 2 AadFileUnique, 3 SupplyAadPrefix
        [new(1, Binary), new(2, Binary), new(3, Boolean)],
        // AesGcmCtrV1: 1 AadPrefix, 2 AadFileUnique, 3 SupplyAadPrefix
        [new(1, Binary), new(2, Binary), new(3, Boolean)],
        // DecimalType: 1 Scale, 2 Precision
        [new(1, I32), new(2, I32)],
        // TimeType: 1 IsAdjustedToUTC, 2 Unit
        [new(1, Boolean), new(2, Struct, Of: TimeUnitShape)],
        // TimestampType: 1 IsAdjustedToUTC, 2 Unit
        [new(1, Boolean), new(2, Struct, Of: TimeUnitShape)],
        // IntType: 1 BitWidth, 2 IsSigned
        [new(1, Byte), new(2, Boolean)],
        // VariantType: 1 SpecificationVersion
        [new(1, Byte)],
        // GeometryType: 1 Crs
        [new(1, Binary)],
        // GeographyType: 1 Crs, 2 Algorithm
        [new(1, Binary), new(2, I32)],
        // ColumnMetaData: 1 Type, 2 Encodings, 3 PathInSchema, 4 Codec, 5 NumValues, 6 TotalUncompressedSize, 7 TotalCompressedSize, 8 KeyValueMetadata, 9 DataPageOffset, 10 IndexPageOffset, 11 DictionaryPageOffset, 12 Statistics, 13 EncodingStats, 14 BloomFilterOffset, 15 BloomFilterLength, 16 SizeStatistics, 17 GeospatialStatistics
        [new(1, I32), new(2, List, I32), new(3, List, Binary), new(4, I32), new(5, I64), new(6, I64), new(7, I64), new(8, List, Struct, KeyValueShape), new(9, I64), new(10, I64), new(11, I64), new(12, Struct, Of: StatisticsShape), new(13, List, Struct, PageEncodingStatsShape), new(14, I64), new(15, I32), new(16, Struct, Of: SizeStatisticsShape), new(17, Struct, Of: GeospatialStatisticsShape)],
        // ColumnCryptoMetaData: 1 ENCRYPTIONWITHFOOTERKEY, 2 ENCRYPTIONWITHCOLUMNKEY
        [new(1, Struct, Of: EmptyShape), new(2, Struct, Of: EncryptionWithColumnKeyShape)],
        // TimeUnit: 1 MILLIS, 2 MICROS, 3 NANOS
        [new(1, Struct, Of: EmptyShape), new(2, Struct, Of: EmptyShape), new(3, Struct, Of: EmptyShape)],
        // Statistics: 1 Max, 2 Min, 3 NullCount, 4 DistinctCount, 5 MaxValue, 6 MinValue, 7 IsMaxValueExact, 8 IsMinValueExact
        [new(1, Binary), new(2, Binary), new(3, I64), new(4, I64), new(5, Binary), new(6, Binary), new(7, Boolean), new(8, Boolean)],
        // PageEncodingStats: 1 PageType, 2 Encoding, 3 Count
        [new(1, I32), new(2, I32), new(3, I32)],
        // SizeStatistics: 1 UnencodedByteArrayDataBytes, 2 RepetitionLevelHistogram, 3 DefinitionLevelHistogram
        [new(1, I64), new(2, List, I64), new(3, List, I64)],
        // GeospatialStatistics: 1 Bbox, 2 GeospatialTypes
        [new(1, Struct, Of: BoundingBoxShape), new(2, List, I32)],
        // EncryptionWithColumnKey: 1 PathInSchema, 2 KeyMetadata
        [new(1, List, Binary), new(2, Binary)],
        // BoundingBox: 1 Xmin, 2 Xmax, 3 Ymin, 4 Ymax, 5 Zmin, 6 Zmax, 7 Mmin, 8 Mmax
        [new(1, Double), new(2, Double), new(3, Double), new(4, Double), new(5, Double), new(6, Double), new(7, Double), new(8, Double)],
        // TypeDefinedOrder, StringType, MapType, ListType, EnumType, DateType, NullType, JsonType, BsonType, UUIDType, Float16Type, EncryptionWithFooterKey, MilliSeconds, MicroSeconds, NanoSeconds: no fields
        [],
    ];

    /// <summary>
    /// The footer of a file that ends as Parquet files do (the footer, its length within the file, "PAR1"), or none.
    /// The stream must be able to seek.
    /// </summary>
    public static byte[]? Footer(Stream file)
    {
        // The leading "PAR1", the footer, its length and the closing "PAR1".
        var length = file.Length;
        if (length < 12)
        {
            return null;
        }

        Span<byte> tail = stackalloc byte[8];
        file.Seek(length - 8, SeekOrigin.Begin);
        file.ReadExactly(tail);
        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (!tail[4..].SequenceEqual("PAR1"u8) || footerLength <= 0 || footerLength > length - 12)
        {
            return null;
        }

        var footer = new byte[footerLength];
        file.Seek(length - 8 - footerLength, SeekOrigin.Begin);
        file.ReadExactly(footer);
        return footer;
    }

    /// <summary>Whether the bytes are a FileMetaData structure that Parquet.Net reads exactly as Thrift defines it, within them.</summary>
    public static bool Reads(ReadOnlySpan<byte> footer)
    {
        var reader = new ThriftCompactReader(footer);
        try
        {
            Walk(ref reader, FileMetaDataShape);
            return true;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    /// <summary>The fields of a structure of the given shape, up to and with its stop.</summary>
    private static void Walk(ref ThriftCompactReader reader, int shape)
    {
        short id = 0;
        while (reader.NextField(ref id, out var wire))
        {
            var field = Find(Shapes[shape], id);
            if (field is null)
            {
                SkipUnknown(ref reader, wire);
                continue;
            }

            var (_, expected, element, of) = field.Value;
            switch (expected)
            {
                case Boolean:
                    ThriftCompactReader.ReadBoolean(wire);
                    break;
                case Struct:
                    WalkStructure(ref reader, wire, of);
                    break;
                case List:
                    var count = reader.ReadListHeader(wire, out var elementWire);
                    if (element == Boolean ? elementWire is not (ThriftCompactReader.BooleanTrue or ThriftCompactReader.BooleanFalse) : elementWire != element)
                    {
                        throw new InvalidDataException("A footer list holds elements of another type than its reader reads.");
                    }

                    for (var i = 0; i < count; i++)
                    {
                        if (element == Struct)
                        {
                            WalkStructure(ref reader, Struct, of);
                        }
                        else
                        {
                            // In a list a boolean is a byte of its own, and Parquet.Net reads it as one.
                            reader.SkipElement(elementWire);
                        }
                    }

                    break;
                default:
                    ThriftCompactReader.Expect(wire, expected);
                    reader.Skip(wire);
                    break;
            }
        }
    }

    /// <summary>A structure of the given shape, one level deeper.</summary>
    private static void WalkStructure(ref ThriftCompactReader reader, byte wire, int shape)
    {
        reader.Enter(wire);
        Walk(ref reader, shape);
        reader.Leave();
    }

    /// <summary>
    /// A field Parquet.Net does not know: passed over when Parquet.Net passes over it as Thrift defines (a single
    /// value, or a list of numbers or strings); anything else is refused, since Parquet.Net would read on from the
    /// wrong byte.
    /// </summary>
    private static void SkipUnknown(ref ThriftCompactReader reader, byte wire)
    {
        if (wire is >= ThriftCompactReader.BooleanTrue and <= Binary)
        {
            reader.Skip(wire);
            return;
        }

        var count = reader.ReadListHeader(wire, out var element);
        if (element is < Byte or > Binary)
        {
            throw new InvalidDataException("A footer holds an unknown field its reader would not pass over.");
        }

        for (var i = 0; i < count; i++)
        {
            reader.Skip(element);
        }
    }

    private static Field? Find(Field[] fields, short id)
    {
        foreach (var field in fields)
        {
            if (field.Id == id)
            {
                return field;
            }
        }

        return null;
    }

    /// <summary>A field as its reader reads it: its id, its wire type, and what a list or a structure of it holds.</summary>
    private readonly record struct Field(short Id, byte Wire, byte Element = 0, int Of = -1);
}
