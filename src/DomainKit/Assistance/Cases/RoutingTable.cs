using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// Which department handles each need (ZF-WF-04), held in the policy set so that a district can route as it
/// organises itself. A need the table does not name goes to the county (ZF-WF-02).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RoutingTable : IEquatable<RoutingTable>
{
    private readonly ImmutableArray<Department?> byNeed;

    private RoutingTable(ImmutableArray<Department?> byNeed) => this.byNeed = byNeed;

    /// <summary>A table that names no department: every need goes to the county.</summary>
    public static RoutingTable Empty { get; } = new([.. new Department?[Enum.GetValues<Need>().Length + 1]]);

    /// <summary>The needs the table names, with their departments, in need order.</summary>
    public IEnumerable<KeyValuePair<Need, Department>> Routes =>
        Enum.GetValues<Need>().Where(n => byNeed[(int)n] is not null).Select(n => KeyValuePair.Create(n, byNeed[(int)n]!.Value));

    /// <summary>Creates a table after checking it.</summary>
    /// <param name="routes">Each need with its department; a need appears at most once.</param>
    /// <returns>The table, or Invalid naming each unknown or repeated need and each unknown department.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="routes"/> is null.</exception>
    public static Result<RoutingTable> Create(IEnumerable<KeyValuePair<Need, Department>> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var table = new Department?[Enum.GetValues<Need>().Length + 1];
        var errors = new List<ValidationError>();
        foreach (var (need, department) in routes)
        {
            if (!Enum.IsDefined(need))
            {
                errors.Add(Errors.At("routes", ErrorCodes.UnknownName, "A need is basicLiving, temporary, medical, education, employment, care, housing or charity."));
            }
            else if (!Enum.IsDefined(department))
            {
                errors.Add(Errors.At("routes." + EnumTokens<Need>.ToToken(need), ErrorCodes.UnknownName, "The department is not one the library knows."));
            }
            else if (table[(int)need] is not null)
            {
                errors.Add(Errors.At("routes." + EnumTokens<Need>.ToToken(need), ErrorCodes.JsonDuplicateProperty, $"The need {need} is routed twice."));
            }
            else
            {
                table[(int)need] = department;
            }
        }

        return errors.Count > 0 ? Result<RoutingTable>.Invalid(errors) : new RoutingTable([.. table]);
    }

    /// <summary>The department that handles a need: the one the table names, or the county.</summary>
    /// <param name="need">The need.</param>
    /// <returns>The department.</returns>
    // The unchecked cast turns a negative value into a large one that fails the range test; checked, it would throw.
    public Department Route(Need need) => unchecked((uint)need) < (uint)byNeed.Length && byNeed[(int)need] is { } department ? department : Department.County;

    /// <summary>One task per department for a set of needs, in department order, each with the needs it handles.</summary>
    /// <param name="needs">The needs.</param>
    /// <returns>The tasks, none done.</returns>
    public ImmutableArray<DepartmentTask> Tasks(IEnumerable<Need> needs)
    {
        ArgumentNullException.ThrowIfNull(needs);
        return [.. needs.Distinct().Order().GroupBy(Route).OrderBy(g => g.Key).Select(g => new DepartmentTask(g.Key, [.. g], null))];
    }

    /// <inheritdoc/>
    public bool Equals(RoutingTable? other) => other is not null && byNeed.SequenceEqual(other.byNeed);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RoutingTable);

    /// <inheritdoc/>
    public override int GetHashCode() => Routes.Aggregate(0, (hash, route) => HashCode.Combine(hash, route.Key, route.Value));

    /// <inheritdoc/>
    public override string ToString() => string.Join(", ", Routes.Select(r => $"{r.Key} → {r.Value}"));
}
