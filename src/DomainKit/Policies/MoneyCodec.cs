using DomainKit.Validation;

namespace DomainKit.Policies;

/// <summary>Money parameters: amounts in yuan, exact to the fen, within stated bounds.</summary>
internal sealed class MoneyCodec(Money minimum, Money maximum) : DecimalCodec<Money>
{
    public override bool TryFromDecimal(decimal raw, out Money value, out string errorCode, out string errorMessage)
    {
        if (!Money.TryFromYuan(raw, out value))
        {
            errorCode = ErrorCodes.MoneyNotExact;
            errorMessage = "The amount must be in yuan with at most two decimal places.";
            return false;
        }

        if (value < minimum || value > maximum)
        {
            errorCode = ErrorCodes.OutOfRange;
            errorMessage = $"The amount must lie between {minimum.ToString("N", null)} and {maximum.ToString("N", null)} yuan.";
            return false;
        }

        errorCode = string.Empty;
        errorMessage = string.Empty;
        return true;
    }

    public override decimal ToDecimal(Money value) => value.Yuan;

    public override string Format(Money value) => value.ToString();
}
