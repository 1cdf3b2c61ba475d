namespace DomainKit.Assistance;

/// <summary>
/// One band of a stage's assistance ratio (MA-04, MA-06): the ratio applied to the part of the amount
/// above the deductible up to <see cref="UpTo"/> (or without limit for the last band).
/// </summary>
/// <param name="UpTo">The band's upper edge, measured on the amount above the deductible; null for the last, open band.</param>
/// <param name="Ratio">The share paid within the band.</param>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record RatioBand(Money? UpTo, Rate Ratio);
