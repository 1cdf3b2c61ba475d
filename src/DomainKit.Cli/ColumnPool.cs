using System.Buffers;

namespace DomainKit.Cli;

/// <summary>
/// The arrays a row group's columns of one element type are decoded into. A pool keeps no more arrays than were ever in
/// use at once: the row groups waiting to be assessed, a few at a time. Parquet.Net's pools are not used for columns
/// that are kept, since they keep whatever their arrays last held.
/// </summary>
internal static class ColumnPool<T>
{
    public static readonly ArrayPool<T> Arrays = ArrayPool<T>.Create(HouseholdParquet.MaxRowGroupRows, 256);
}
