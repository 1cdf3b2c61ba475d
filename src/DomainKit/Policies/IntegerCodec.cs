using System.Globalization;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Whole-number parameters (months, years, days, counts) within stated bounds.</summary>
internal sealed class IntegerCodec(int minimum, int maximum) : DecimalCodec<int>
{
    public override bool TryFromDecimal(decimal raw, out int value, out ValidationError? error)
    {
        value = 0;
        if (raw != decimal.Truncate(raw))
        {
            error = Errors.At(string.Empty, ErrorCodes.NotWholeNumber, "The value must be a whole number.");
            return false;
        }

        if (raw < minimum || raw > maximum)
        {
            error = Errors.At(string.Empty, ErrorCodes.OutOfRange, $"The value must lie between {minimum} and {maximum}.");
            return false;
        }

        value = decimal.ToInt32(raw);
        error = null;
        return true;
    }

    public override decimal ToDecimal(int value) => value;

    public override string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
