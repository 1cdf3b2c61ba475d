namespace DomainKit.Cli;

/// <summary>
/// A text column of a row group: its characters in one buffer, and where each row's value starts in it and how long it
/// is (0: blank or null). It holds no reference per value, so the collector need not look through it each time it
/// runs, however long it is kept; a dictionary-encoded column keeps each distinct value once. Its arrays come from
/// <see cref="ColumnPool{T}"/> and go back with <see cref="Return"/>.
/// </summary>
internal sealed class TextColumn(char[] chars, int[] starts, int[] lengths)
{
    public char[] Chars { get; } = chars;

    public int[] Starts { get; } = starts;

    public int[] Lengths { get; } = lengths;

    public ReadOnlySpan<char> At(int row) => Chars.AsSpan(Starts[row], Lengths[row]);

    public void Return()
    {
        ColumnPool<char>.Arrays.Return(Chars);
        ColumnPool<int>.Arrays.Return(Starts);
        ColumnPool<int>.Arrays.Return(Lengths);
    }
}
