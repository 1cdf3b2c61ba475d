using DomainKit.Explanations;
using Ardalis.Result;
using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Money parameters: amounts in yuan, exact to the fen, within stated bounds.</summary>
internal sealed class MoneyCodec(Money minimum, Money maximum) : DecimalCodec<Money>
{
    public override bool TryFromDecimal(decimal raw, out Money value, out ValidationError? error)
    {
        if (!Money.TryFromYuan(raw, out value))
        {
            error = Errors.At(string.Empty, ErrorCodes.MoneyNotExact, "The amount must be in yuan with at most two decimal places.");
            return false;
        }

        if (value < minimum || value > maximum)
        {
            error = Errors.At(string.Empty, ErrorCodes.OutOfRange, $"The amount must lie between {minimum.Yuan:N2} and {maximum.Yuan:N2} yuan.");
            return false;
        }

        error = null;
        return true;
    }

    public override decimal ToDecimal(Money value) => value.Yuan;

    public override string Format(Money value) => value.ToString();

    public override string FormatIn(Money value, Language language) =>
        language == Language.ChineseSimplified ? value.ToString("F", null) : Format(value);
}
