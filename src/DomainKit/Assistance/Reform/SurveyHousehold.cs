using Ardalis.Result;
using DomainKit.Policies;
using DomainKit.Validation;

namespace DomainKit.Assistance;

/// <summary>
/// A household of a caseload as a population comparison reads it: its claims, how many households of the population it
/// stands for (its survey weight) and the administrative division it lives in, when known.
/// </summary>
/// <remarks>Created through <see cref="Of"/> (weight 1, no region) or <see cref="Create"/>. Instances are immutable and thread-safe.</remarks>
public sealed class SurveyHousehold
{
    /// <summary>The largest weight a household may carry: no sampled household stands for more than a million.</summary>
    public const decimal MaxWeight = 1_000_000m;

    /// <summary>The most decimal places a weight may have, so that weighted sums of any caseload stay exact.</summary>
    public const int MaxWeightDecimals = 4;

    private SurveyHousehold(HouseholdClaims claims, decimal weight, RegionCode? region)
    {
        Claims = claims;
        Weight = weight;
        Region = region;
    }

    /// <summary>The household and what it brings.</summary>
    public HouseholdClaims Claims { get; }

    /// <summary>How many households of the population this one stands for; 1 for a full caseload.</summary>
    public decimal Weight { get; }

    /// <summary>The administrative division (GB/T 2260) the household lives in, if known.</summary>
    public RegionCode? Region { get; }

    /// <summary>A household that stands for itself alone, in no known division.</summary>
    /// <param name="claims">The household and what it brings.</param>
    /// <returns>The household with weight 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    public static SurveyHousehold Of(HouseholdClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return new SurveyHousehold(claims, 1m, null);
    }

    /// <summary>A household with a weight and, optionally, a division.</summary>
    /// <param name="claims">The household and what it brings.</param>
    /// <param name="weight">How many households it stands for: above 0, at most <see cref="MaxWeight"/>, with at most four decimal places.</param>
    /// <param name="region">The division it lives in, if known.</param>
    /// <returns>The household, or Invalid at <c>weight</c> (<see cref="ErrorCodes.OutOfRange"/>); the weight is not echoed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="claims"/> is null.</exception>
    public static Result<SurveyHousehold> Create(HouseholdClaims claims, decimal weight, RegionCode? region = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return IsWeight(weight)
            ? new SurveyHousehold(claims, weight, region)
            : Result<SurveyHousehold>.Invalid(WeightError("weight"));
    }

    /// <summary>A household with a weight already checked by <see cref="IsWeight"/>, made without a result to carry it.</summary>
    internal static SurveyHousehold Weighted(HouseholdClaims claims, decimal weight, RegionCode? region)
    {
        System.Diagnostics.Debug.Assert(IsWeight(weight), "The weight was checked by its reader.");
        return new SurveyHousehold(claims, weight, region);
    }

    /// <summary>Whether a value can be a household's weight.</summary>
    /// <param name="weight">The value.</param>
    /// <returns><see langword="true"/> when it lies above 0, at most <see cref="MaxWeight"/>, with at most four decimal places.</returns>
    public static bool IsWeight(decimal weight) =>
        weight > 0m && weight <= MaxWeight && decimal.Round(weight, MaxWeightDecimals) == weight;

    /// <summary>
    /// A weight as a table's weight column and a survey household's <c>weight</c> field write it: digits and a point
    /// only (no sign, exponent or spaces), at most 32 characters, a value <see cref="IsWeight"/> takes.
    /// </summary>
    internal static bool TryParseWeight(string text, out decimal weight)
    {
        weight = 0m;
        return text.Length <= 32
            && decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out weight)
            && IsWeight(weight);
    }

    /// <summary>The error for a value that cannot be a weight, at <paramref name="path"/>; the value is never echoed.</summary>
    internal static ValidationError WeightError(string path) =>
        Errors.At(path, ErrorCodes.OutOfRange, "A household's weight lies above 0 and at most 1,000,000, with at most four decimal places.");
}
