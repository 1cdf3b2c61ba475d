using System.Globalization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Rate parameters (fractions and multiples) within stated bounds.</summary>
internal sealed class RateCodec(decimal minimum, decimal maximum, bool asPercentage) : DecimalCodec<Rate>
{
    public override bool TryFromDecimal(decimal raw, out Rate value, out string errorCode, out string errorMessage)
    {
        if (raw < minimum || raw > maximum || !Rate.IsValidFraction(raw))
        {
            value = default;
            errorCode = ErrorCodes.OutOfRange;
            errorMessage = string.Create(CultureInfo.InvariantCulture, $"The value must lie between {minimum} and {maximum}.");
            return false;
        }

        value = Rate.FromFraction(raw);
        errorCode = string.Empty;
        errorMessage = string.Empty;
        return true;
    }

    public override decimal ToDecimal(Rate value) => value.Value;

    public override string Format(Rate value) => asPercentage
        ? value.ToString()
        : value.Value.ToString("0.############", CultureInfo.InvariantCulture);
}
