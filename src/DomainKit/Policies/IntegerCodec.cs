using System.Globalization;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Whole-number parameters (months, years, days, counts) within stated bounds.</summary>
internal sealed class IntegerCodec(int minimum, int maximum) : DecimalCodec<int>
{
    public override bool TryFromDecimal(decimal raw, out int value, out string errorCode, out string errorMessage)
    {
        value = 0;
        if (raw != decimal.Truncate(raw))
        {
            errorCode = ErrorCodes.NotWholeNumber;
            errorMessage = "The value must be a whole number.";
            return false;
        }

        if (raw < minimum || raw > maximum)
        {
            errorCode = ErrorCodes.OutOfRange;
            errorMessage = string.Create(CultureInfo.InvariantCulture, $"The value must lie between {minimum} and {maximum}.");
            return false;
        }

        value = decimal.ToInt32(raw);
        errorCode = string.Empty;
        errorMessage = string.Empty;
        return true;
    }

    public override decimal ToDecimal(int value) => value;

    public override string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
