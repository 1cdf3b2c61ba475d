using Ardalis.Result;
using DomainKit.Explanations;
using DomainKit.Policies;
using DomainKit.Validation;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>Sanctions for obtaining assistance by false claims, concealment or forgery (policy-spec FR-01).</summary>
/// <remarks>Pure and thread-safe.</remarks>
public static class Fraud
{
    /// <summary>The rule ID.</summary>
    public const string RuleId = "FR-01";

    /// <summary>The sanction for an amount obtained by fraud, under the policy in force on the date of the finding.</summary>
    /// <param name="amountObtained">The assistance obtained by fraud; positive, at most 10,000,000,000 yuan.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of the finding.</param>
    /// <returns>The sanction; or Invalid for a non-positive or huge amount, multiples not set, or a lower multiple above the higher.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static Result<FraudSanction> Sanction(Money amountObtained, PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (amountObtained.Fen <= 0 || amountObtained.Fen > Household.MaxAmountYuan * 100)
        {
            return Result<FraudSanction>.Invalid(Errors.At("amountObtained", ErrorCodes.OutOfRange, "The amount obtained is positive and at most 10,000,000,000 yuan."));
        }

        var errors = new List<ValidationError>();
        var minimum = MeansTestTerms.Read(policy, FraudParameters.FineMinimum, date, errors);
        var maximum = MeansTestTerms.Read(policy, FraudParameters.FineMaximum, date, errors);
        if (errors.Count == 0 && minimum.Value > maximum.Value)
        {
            errors.Add(Errors.At("policy.parameters.fraudFineMinimum", ErrorCodes.OutOfRange, "The lower fine multiple is above the higher one."));
        }

        if (errors.Count > 0)
        {
            return Result<FraudSanction>.Invalid(errors);
        }

        var low = amountObtained.MultiplyBy(minimum.Value);
        var high = amountObtained.MultiplyBy(maximum.Value);
        var step = StepBuilder.Computed(RuleId, MessageKeys.FraudSanction)
            .Arg("amount", amountObtained)
            .Arg("low", low)
            .Arg("high", high)
            .Arg("minimum", FraudParameters.FineMinimum.Format(minimum.Value))
            .Arg("maximum", FraudParameters.FineMaximum.Format(maximum.Value))
            .Parameter(FraudParameters.FineMinimum, minimum)
            .Parameter(FraudParameters.FineMaximum, maximum)
            .Build();
        return new FraudSanction(amountObtained, low, high, new Explanation([step]));
    }
}
