using System.Globalization;

namespace DomainKit.Assistance;

/// <summary>
/// The field path of one income item of a household member, such as <c>members[1].incomes[0].amount</c>, made once
/// per member, item and field and kept, as <see cref="MemberPath"/> does for members.
/// </summary>
internal sealed class IncomePath
{
    private const int KeptMembers = 32;
    private const int KeptItems = 16;

    private readonly string field;
    private readonly string?[][] paths = new string?[KeptMembers][];

    private IncomePath(string field) => this.field = field;

    public static IncomePath Kind { get; } = new(".kind");

    public static IncomePath Amount { get; } = new(".amount");

    public static IncomePath Period { get; } = new(".period");

    /// <summary>The path of one item's field.</summary>
    /// <param name="member">The member's index in the household.</param>
    /// <param name="item">The item's index in the member's incomes.</param>
    /// <returns>The path. Writers racing on one slot store equal strings, so no lock is needed.</returns>
    public string At(int member, int item)
    {
        // The unchecked casts turn a negative index into a large one that fails the range test; checked, they would throw.
        if (unchecked((uint)member) >= KeptMembers || unchecked((uint)item) >= KeptItems)
        {
            return Make(member, item);
        }

        var row = Volatile.Read(ref paths[member]);
        if (row is null)
        {
            row = new string?[KeptItems];
            row = Interlocked.CompareExchange(ref paths[member], row, null) ?? row;
        }

        return row[item] ??= Make(member, item);
    }

    private string Make(int member, int item) => string.Create(CultureInfo.InvariantCulture, $"members[{member}].incomes[{item}]{field}");
}
