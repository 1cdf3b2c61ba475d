using System.Collections.Immutable;
using System.Globalization;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// The months of the dibao standard a temporary grant is worth, by category, need and severity (TA-05):
/// a complete table, one row per category and need, each with a moderate and a serious number of months.
/// </summary>
/// <remarks>
/// The specification gives no values ([D]): no bundled preset holds this table, and a policy without it
/// yields a "parameter not set" result, never a zero. Instances are immutable and thread-safe.
/// </remarks>
public sealed class TemporaryMonths : IEquatable<TemporaryMonths>
{
    private readonly ImmutableArray<TemporaryMonthsRow> rows;

    private TemporaryMonths(ImmutableArray<TemporaryMonthsRow> rows) => this.rows = rows;

    /// <summary>The rows, ordered by category then need.</summary>
    public ImmutableArray<TemporaryMonthsRow> Rows => rows;

    /// <summary>Creates a table, checking it has exactly one row per category and need and moderate ≤ serious ≤ 120 months.</summary>
    /// <param name="rows">The rows.</param>
    /// <returns>The table, or Invalid with a path such as <c>rows[3].serious</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static Result<TemporaryMonths> Create(IEnumerable<TemporaryMonthsRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var array = rows.ToImmutableArray();
        var errors = new List<ValidationError>();
        for (var i = 0; i < array.Length; i++)
        {
            var row = array[i];
            if (row is null || !Enum.IsDefined(row.Category) || !Enum.IsDefined(row.Need))
            {
                errors.Add(Errors.At($"rows[{i}]", ErrorCodes.UnknownName, "A row names a category and a need."));
                continue;
            }

            if (row.Moderate > row.Serious || row.Serious > Rate.FromFraction(120m))
            {
                errors.Add(Errors.At($"rows[{i}].serious", ErrorCodes.OutOfRange, "Months satisfy moderate ≤ serious ≤ 120."));
            }
        }

        foreach (var category in Enum.GetValues<TemporaryCategory>())
        {
            foreach (var need in Enum.GetValues<TemporaryNeed>())
            {
                var count = array.Count(r => r is not null && r.Category == category && r.Need == need);
                if (count != 1)
                {
                    errors.Add(Errors.At("rows", ErrorCodes.Required, $"The table needs exactly one row for {category} and {need}; it has {count}."));
                }
            }
        }

        return errors.Count > 0
            ? Result<TemporaryMonths>.Invalid(errors)
            : new TemporaryMonths([.. array.OrderBy(r => r.Category).ThenBy(r => r.Need)]);
    }

    /// <summary>The months for a category, need and severity (moderate or serious).</summary>
    /// <param name="category">The household's category.</param>
    /// <param name="need">The need.</param>
    /// <param name="severity">The severity; <see cref="HardshipSeverity.Minor"/> has no months (it is a flat sum).</param>
    /// <returns>The months.</returns>
    public Rate MonthsFor(TemporaryCategory category, TemporaryNeed need, HardshipSeverity severity)
    {
        // Rows are ordered and complete, so the row is found by position without searching.
        var row = rows[((int)category - 1) * 3 + ((int)need - 1)];
        return severity == HardshipSeverity.Serious ? row.Serious : row.Moderate;
    }

    /// <inheritdoc />
    public bool Equals(TemporaryMonths? other) => other is not null && rows.SequenceEqual(other.rows);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TemporaryMonths);

    /// <inheritdoc />
    public override int GetHashCode() => rows.Aggregate(0, (hash, row) => HashCode.Combine(hash, row));

    /// <inheritdoc />
    public override string ToString() => string.Join("; ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Category}/{r.Need} {r.Moderate.Value}-{r.Serious.Value}")));
}
