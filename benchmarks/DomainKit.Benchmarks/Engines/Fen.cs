namespace DomainKit.Benchmarks.Engines;

/// <summary>
/// The one rounding every engine shares (GEN-02: half away from zero, once). RulesEngine's expression language has no
/// way to name the midpoint rule, so it is given this type as a custom type, as its documentation describes.
/// </summary>
public static class Fen
{
    public static long Divide(long numerator, long denominator) =>
        (long)Math.Round((decimal)numerator / denominator, 0, MidpointRounding.AwayFromZero);

    public static long Round(decimal fen) => (long)Math.Round(fen, 0, MidpointRounding.AwayFromZero);
}
