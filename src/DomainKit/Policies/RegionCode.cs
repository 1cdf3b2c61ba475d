using System.Diagnostics.CodeAnalysis;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>
/// An administrative division code of GB/T 2260: six digits, two for the province, two for the city and two for the
/// county, such as 370602 (Zhifu District, in 370600 Yantai, in 370000 Shandong).
/// </summary>
/// <remarks>
/// Only the structure is checked (six digits, a province part that GB/T 2260 assigns, a city and county part that
/// are not both zero in a way the standard never uses), not whether the division exists: codes change as divisions
/// are merged and renamed, and a registry of policy layers says which codes it knows. This type is an immutable value
/// type and is thread-safe.
/// </remarks>
public readonly struct RegionCode : IEquatable<RegionCode>
{
    // The province parts GB/T 2260 assigns: North China 11-15, the North-East 21-23, the East 31-37, the Centre and
    // South 41-46, the South-West 50-54, the North-West 61-65, Taiwan 71, Hong Kong 81, Macao 82.
    private static readonly int[] Provinces =
        [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82];

    private readonly int code;

    private RegionCode(int code) => this.code = code;

    /// <summary>The code as six digits, such as <c>370602</c>.</summary>
    public string Value => code.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether the code names a province, a city or a county.</summary>
    public RegionLevel Level => code % 10_000 == 0 ? RegionLevel.Province : code % 100 == 0 ? RegionLevel.City : RegionLevel.County;

    /// <summary>The province the code lies in (itself for a province), such as 370000 for 370602.</summary>
    public RegionCode Province => new(code / 10_000 * 10_000);

    /// <summary>The city the code lies in (itself for a city), or null for a province, such as 370600 for 370602.</summary>
    public RegionCode? City => Level == RegionLevel.Province ? null : new RegionCode(code / 100 * 100);

    /// <summary>
    /// The divisions that contain this one, nearest first, ending with the province: 370600 and 370000 for 370602.
    /// A county directly under a province (the 9000 codes, such as 419001) has the province alone.
    /// </summary>
    public IEnumerable<RegionCode> Ancestors
    {
        get
        {
            if (Level == RegionLevel.County && code / 100 % 100 != 90)
            {
                yield return City!.Value;
            }

            if (Level != RegionLevel.Province)
            {
                yield return Province;
            }
        }
    }

    /// <summary>Reads a code of six digits.</summary>
    /// <param name="text">The code, such as <c>370602</c>.</param>
    /// <returns>The code, or Invalid with <see cref="ErrorCodes.RegionCodeInvalid"/>; the text is never echoed.</returns>
    public static Result<RegionCode> Parse(string? text) =>
        TryParse(text, out var region)
            ? Result<RegionCode>.Success(region)
            : Result<RegionCode>.Invalid(NotACode("region"));

    /// <summary>The error for a text that is not a code, at <paramref name="path"/>; the text itself is never echoed.</summary>
    internal static ValidationError NotACode(string path) =>
        Errors.At(path, ErrorCodes.RegionCodeInvalid, "A region is an administrative division code of GB/T 2260: six digits, such as 370602.");

    /// <summary>Reads a code of six digits.</summary>
    /// <param name="text">The code.</param>
    /// <param name="region">The code when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is six digits with a province part GB/T 2260 assigns.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out RegionCode region)
    {
        region = default;
        if (text is null || text.Length != 6)
        {
            return false;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        if (Array.IndexOf(Provinces, value / 10_000) < 0 || (value % 100 != 0 && value / 100 % 100 == 0))
        {
            // A county part under a city part of 00 does not occur: counties sit under a city, or under 90.
            return false;
        }

        region = new RegionCode(value);
        return true;
    }

    /// <summary>Whether this division lies within <paramref name="other"/> or is it.</summary>
    /// <param name="other">A division that may contain this one.</param>
    /// <returns><see langword="true"/> when it does.</returns>
    public bool IsWithin(RegionCode other) => other == this || Ancestors.Contains(other);

    /// <inheritdoc />
    public static bool operator ==(RegionCode left, RegionCode right) => left.Equals(right);

    /// <inheritdoc />
    public static bool operator !=(RegionCode left, RegionCode right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(RegionCode other) => code == other.code;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RegionCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => code;

    /// <inheritdoc />
    public override string ToString() => Value;
}
