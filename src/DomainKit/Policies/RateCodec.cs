using System.Globalization;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Rate parameters (fractions and multiples) within stated bounds.</summary>
internal sealed class RateCodec(decimal minimum, decimal maximum, bool asPercentage) : DecimalCodec<Rate>
{
    public override bool TryFromDecimal(decimal raw, out Rate value, out ValidationError? error)
    {
        if (raw < minimum || raw > maximum || !Rate.IsValidFraction(raw))
        {
            value = default;
            error = Errors.At(string.Empty, ErrorCodes.OutOfRange, $"The value must lie between {minimum} and {maximum}.");
            return false;
        }

        value = Rate.FromFraction(raw);
        error = null;
        return true;
    }

    public override decimal ToDecimal(Rate value) => value.Value;

    public override string Format(Rate value) => asPercentage
        ? value.ToString()
        : value.Value.ToString("0.############", CultureInfo.InvariantCulture);
}
