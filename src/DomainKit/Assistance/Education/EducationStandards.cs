using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// The annual education-assistance amount per school stage (ED-01). A stage missing from the table is not
/// assisted; compulsory stages (primary, junior secondary) must be present.
/// </summary>
/// <remarks>No source gives amounts: no bundled preset holds this table. Instances are immutable and thread-safe.</remarks>
public sealed class EducationStandards : IEquatable<EducationStandards>
{
    private readonly ImmutableArray<Money?> byStage;

    private EducationStandards(ImmutableArray<Money?> byStage) => this.byStage = byStage;

    /// <summary>The stages the table assists, with their annual amounts, in stage order.</summary>
    public IEnumerable<KeyValuePair<SchoolStage, Money>> Amounts =>
        Enum.GetValues<SchoolStage>().Where(s => byStage[(int)s] is not null).Select(s => KeyValuePair.Create(s, byStage[(int)s]!.Value));

    /// <summary>Creates a table.</summary>
    /// <param name="amounts">The annual amount of each assisted stage; primary and junior secondary are required.</param>
    /// <returns>The table, or Invalid naming the problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="amounts"/> is null.</exception>
    public static Result<EducationStandards> Create(IEnumerable<KeyValuePair<SchoolStage, Money>> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var table = new Money?[Enum.GetValues<SchoolStage>().Length];
        var errors = new List<ValidationError>();
        foreach (var (stage, amount) in amounts)
        {
            if (!Enum.IsDefined(stage) || stage == SchoolStage.None)
            {
                errors.Add(Errors.At("stages", ErrorCodes.UnknownName, "A stage is primary, juniorSecondary, seniorSecondary, vocational, tertiary or homeTaught."));
            }
            else if (table[(int)stage] is not null)
            {
                errors.Add(Errors.At("stages", ErrorCodes.JsonDuplicateProperty, $"The stage {stage} appears twice."));
            }
            else if (amount.IsNegative || amount > Money.FromYuan(1_000_000_000m))
            {
                errors.Add(Errors.At("stages", ErrorCodes.OutOfRange, "An amount lies between 0 and 1,000,000,000 yuan."));
            }
            else
            {
                table[(int)stage] = amount;
            }
        }

        if (table[(int)SchoolStage.Primary] is null || table[(int)SchoolStage.JuniorSecondary] is null)
        {
            errors.Add(Errors.At("stages", ErrorCodes.Required, "Compulsory education (primary and junior secondary) must have amounts."));
        }

        return errors.Count > 0 ? Result<EducationStandards>.Invalid(errors) : new EducationStandards([.. table]);
    }

    /// <summary>The annual amount for a stage, or null when the stage is not assisted.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The amount, or null.</returns>
    // The unchecked cast turns a negative value into a large one that fails the range test; checked, it would throw.
    public Money? For(SchoolStage stage) => unchecked((uint)stage) < (uint)byStage.Length ? byStage[(int)stage] : null;

    /// <summary>Whether a stage is compulsory education.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns><see langword="true"/> for primary and junior secondary.</returns>
    public static bool IsCompulsory(SchoolStage stage) => stage is SchoolStage.Primary or SchoolStage.JuniorSecondary;

    /// <inheritdoc />
    public bool Equals(EducationStandards? other) => other is not null && byStage.SequenceEqual(other.byStage);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EducationStandards);

    /// <inheritdoc />
    public override int GetHashCode() => byStage.Aggregate(0, (hash, amount) => HashCode.Combine(hash, amount));

    /// <inheritdoc />
    public override string ToString() => string.Join(", ", Amounts.Select(a => $"{a.Key} {a.Value}"));
}
