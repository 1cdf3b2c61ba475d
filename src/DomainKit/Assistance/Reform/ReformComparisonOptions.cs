using System.Collections.Immutable;
using Ardalis.Result;
using DomainKit.Serialization;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// How a population comparison turns entitlements into estimates: the share of entitled households that take each
/// programme up. Every programme not named is taken up in full (100 %), and every report states the rates it used.
/// </summary>
/// <remarks>
/// Take-up scales each programme's counts and amounts and each fund's costs under both policy sets; the poverty and
/// distribution measures and the winners and losers are entitlements, as if every entitled household took its assistance.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed record ReformComparisonOptions
{
    /// <summary>Full take-up of every programme.</summary>
    public static ReformComparisonOptions Default { get; } = new();

    /// <summary>The take-up rate of the programmes that do not take up in full, each between 0 and 100 %.</summary>
    public ImmutableSortedDictionary<Programme, Rate> TakeUp { get; init; } = ImmutableSortedDictionary<Programme, Rate>.Empty;

    /// <summary>The share of entitled households that take a programme up.</summary>
    /// <param name="programme">The programme.</param>
    /// <returns>Its rate; 100 % when not named.</returns>
    public Rate TakeUpOf(Programme programme) => TakeUp.TryGetValue(programme, out var rate) ? rate : Rate.FromFraction(1m);

    /// <summary>The options with one programme's take-up rate set.</summary>
    /// <param name="programme">The programme.</param>
    /// <param name="rate">Its take-up rate, between 0 and 100 %.</param>
    /// <returns>The new options; checked when a comparison runs.</returns>
    public ReformComparisonOptions WithTakeUp(Programme programme, Rate rate) => this with { TakeUp = TakeUp.SetItem(programme, rate) };

    /// <summary>Whether two options estimate alike.</summary>
    /// <param name="other">The other options.</param>
    /// <returns><see langword="true"/> when every programme has the same take-up rate in both.</returns>
    public bool Equals(ReformComparisonOptions? other) =>
        other is not null && Enum.GetValues<Programme>().All(programme => TakeUpOf(programme) == other.TakeUpOf(programme));

    /// <inheritdoc />
    public override int GetHashCode() =>
        Enum.GetValues<Programme>().Aggregate(0, (hash, programme) => HashCode.Combine(hash, TakeUpOf(programme)));

    /// <summary>
    /// A take-up rate as the tool and the HTTP API take it, <c>PROGRAMME=PERCENT</c> (<c>dibao=80</c>): a programme
    /// token and a percentage from 0 to 100, digits and a decimal point only.
    /// </summary>
    internal static bool TryParseTakeUp(string text, out Programme programme, out Rate rate)
    {
        rate = default;
        programme = default;
        var parts = text.Split('=', 2);
        if (parts.Length != 2 || !EnumTokens<Programme>.ByToken.TryGetValue(parts[0], out programme)
            || !decimal.TryParse(parts[1], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var percent) || percent > 100m)
        {
            return false;
        }

        rate = Rate.Percent(percent);
        return true;
    }

    /// <summary>Every rate outside 0–100 %, at <c>takeUp.&lt;programme&gt;</c> with <see cref="ErrorCodes.OutOfRange"/>.</summary>
    internal IEnumerable<ValidationError> Problems() => TakeUp
        .Where(entry => entry.Value > Rate.FromFraction(1m) || !Enum.IsDefined(entry.Key))
        .Select(entry => Errors.At(
            Enum.IsDefined(entry.Key) ? $"takeUp.{EnumTokens<Programme>.ToToken(entry.Key)}" : "takeUp",
            ErrorCodes.OutOfRange,
            "A take-up rate lies between 0 and 100 % and names a programme."));
}
