namespace DomainKit.Cli;

/// <summary>
/// Reads Thrift's compact protocol, the encoding of Parquet's page headers, strictly: every number, length and count is
/// checked against the bytes that are left before it is used, a field's wire type is checked against the type its
/// reader expects, and structures nest at most <see cref="MaxDepth"/> deep, so a damaged or forged header ends in
/// <see cref="InvalidDataException"/> after at most one pass over its bytes, never in a read past them, a loop or an
/// allocation its bytes do not pay for.
/// </summary>
internal ref struct ThriftCompactReader(ReadOnlySpan<byte> bytes)
{
    /// <summary>How deep structures, lists and maps may nest; parquet.thrift's own page headers nest three deep.</summary>
    public const int MaxDepth = 16;

    public const byte BooleanTrue = 1;
    public const byte BooleanFalse = 2;
    public const byte Byte = 3;
    public const byte I16 = 4;
    public const byte I32 = 5;
    public const byte I64 = 6;
    public const byte Double = 7;
    public const byte Binary = 8;
    public const byte List = 9;
    public const byte Set = 10;
    public const byte Map = 11;
    public const byte Struct = 12;

    private readonly ReadOnlySpan<byte> bytes = bytes;
    private int position;
    private int depth;

    /// <summary>How many bytes have been read.</summary>
    public readonly int Position => position;

    /// <summary>
    /// The next field of the structure being read: false at its end. <paramref name="lastId"/> is the previous field's
    /// id (0 before the first), which the compact protocol counts from.
    /// </summary>
    public bool NextField(ref short lastId, out byte type)
    {
        var header = NextByte();
        type = (byte)(header & 0x0F);
        if (header == 0)
        {
            return false;
        }

        if (type is 0 or > Struct)
        {
            throw Damaged();
        }

        var delta = header >> 4;
        var id = delta != 0 ? lastId + delta : Unzigzag(ReadVarint(3));
        lastId = id is < short.MinValue or > short.MaxValue ? throw Damaged() : (short)id;
        return true;
    }

    /// <summary>An i32 field's value; <paramref name="type"/> is the wire type its field header gave.</summary>
    public int ReadI32(byte type)
    {
        Expect(type, I32);
        var value = Unzigzag(ReadVarint(5));
        return value is < int.MinValue or > int.MaxValue ? throw Damaged() : (int)value;
    }

    /// <summary>A boolean field's value, which the compact protocol keeps in its field header.</summary>
    public static bool ReadBoolean(byte type) => type switch
    {
        BooleanTrue => true,
        BooleanFalse => false,
        _ => throw Damaged(),
    };

    /// <summary>Steps into a structure-typed field; <see cref="Leave"/> when its fields are read.</summary>
    public void Enter(byte type)
    {
        Expect(type, Struct);
        Deeper();
    }

    public void Leave() => depth--;

    /// <summary>Passes over a value of the given wire type, however it nests, checking it as it goes.</summary>
    public void Skip(byte type)
    {
        switch (type)
        {
            case BooleanTrue or BooleanFalse:
                break;
            case Byte:
                NextByte();
                break;
            case I16:
                ReadVarint(3);
                break;
            case I32:
                ReadVarint(5);
                break;
            case I64:
                ReadVarint(10);
                break;
            case Double:
                Take(8);
                break;
            case Binary:
                Take(Count(ReadVarint(5)));
                break;
            case List or Set:
                SkipList();
                break;
            case Map:
                SkipMap();
                break;
            case Struct:
                Enter(type);
                short id = 0;
                while (NextField(ref id, out var fieldType))
                {
                    Skip(fieldType);
                }

                Leave();
                break;
            default:
                throw Damaged();
        }
    }

    /// <summary>A list-typed field's header: how many elements follow (never more than the bytes left) and their wire type.</summary>
    public int ReadListHeader(byte type, out byte elementType)
    {
        Expect(type, List);
        return ListHeader(out elementType);
    }

    /// <summary>Refuses a field whose wire type is not the one its reader expects.</summary>
    public static void Expect(byte type, byte expected)
    {
        if (type != expected)
        {
            throw Damaged();
        }
    }

    private int ListHeader(out byte elementType)
    {
        var header = NextByte();
        elementType = (byte)(header & 0x0F);
        return header >> 4 == 15 ? Count(ReadVarint(5)) : header >> 4;
    }

    private void SkipList()
    {
        var count = ListHeader(out var elementType);
        SkipElements(count, elementType);
    }

    private void SkipMap()
    {
        var count = Count(ReadVarint(5));
        if (count == 0)
        {
            return;
        }

        var types = NextByte();
        Deeper();
        for (var i = 0; i < count; i++)
        {
            SkipElement((byte)(types >> 4));
            SkipElement((byte)(types & 0x0F));
        }

        depth--;
    }

    private void SkipElements(int count, byte elementType)
    {
        Deeper();
        for (var i = 0; i < count; i++)
        {
            SkipElement(elementType);
        }

        depth--;
    }

    /// <summary>Passes over an element of a list or a map, where a boolean is a byte of its own, not part of a field header.</summary>
    public void SkipElement(byte type) => Skip(type is BooleanTrue or BooleanFalse ? Byte : type);

    /// <summary>
    /// An unsigned LEB128 number of at most <paramref name="maxBytes"/> bytes at <paramref name="at"/>, which moves past
    /// it: the varint of Thrift's compact protocol, and the run header of Parquet's RLE/bit-packed hybrid encoding.
    /// </summary>
    public static ulong ReadVarint(ReadOnlySpan<byte> bytes, ref int at, int maxBytes)
    {
        ulong value = 0;
        for (var i = 0; i < maxBytes; i++)
        {
            var next = at < bytes.Length ? bytes[at++] : throw Damaged();
            value |= (ulong)(next & 0x7F) << (7 * i);
            if ((next & 0x80) == 0)
            {
                return value;
            }
        }

        throw Damaged();
    }

    // One level deeper into structures, lists and maps, refused past MaxDepth.
    private void Deeper()
    {
        if (++depth > MaxDepth)
        {
            throw Damaged();
        }
    }

    /// <summary>A count or a length, which can be no more than the bytes left: every element takes at least one.</summary>
    private int Count(ulong value) => value > (ulong)(bytes.Length - position) ? throw Damaged() : (int)value;

    private void Take(int count)
    {
        if (count > bytes.Length - position)
        {
            throw Damaged();
        }

        position += count;
    }

    private byte NextByte() => position < bytes.Length ? bytes[position++] : throw Damaged();

    private ulong ReadVarint(int maxBytes) => ReadVarint(bytes, ref position, maxBytes);

    private static long Unzigzag(ulong value) => (long)(value >> 1) ^ -(long)(value & 1);

    private static InvalidDataException Damaged() => new("The Thrift structure is damaged.");
}
