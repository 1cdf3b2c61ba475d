using System.Collections.Immutable;

namespace DomainKit.Assistance;

/// <summary>A case's support from every source (ZF-MP-03).</summary>
public sealed partial record AssistanceCase
{
    /// <summary>
    /// The support the case brought, need by need: government aid and charity paid (net of recoveries), what is
    /// still unmet once charity's commitments are counted, and the services recorded; for every need the case
    /// accepted or touched, in need order.
    /// </summary>
    /// <returns>One line per need.</returns>
    public ImmutableArray<SupportLine> Support()
    {
        var government = new Dictionary<Need, Money>();
        var charity = new Dictionary<Need, Money>();
        foreach (var e in Events)
        {
            switch (e)
            {
                case PaymentMade { Payment: { Basis: PaymentBasis.CharityProject, Purpose: { } purpose } paid }:
                    charity[purpose] = charity.GetValueOrDefault(purpose) + paid.Amount;
                    break;
                case PaymentMade { Payment: var paid } when NeedPaidBy(paid.Account.Fund) is { } need:
                    government[need] = government.GetValueOrDefault(need) + paid.Amount;
                    break;
                case RecoveryReceived received when NeedPaidBy(received.Account.Fund) is { } need:
                    government[need] = government.GetValueOrDefault(need) - received.Amount;
                    break;
            }
        }

        var needs = Needs.Concat(government.Keys).Concat(charity.Keys).Concat(UnmetNeeds.Keys).Concat(Services.Select(s => s.Need)).Distinct().Order();
        return [.. needs.Select(need => new SupportLine(
            need,
            government.GetValueOrDefault(need),
            charity.GetValueOrDefault(need),
            UnmetRemaining(need),
            Services.Count(s => s.Need == need)))];
    }

    /// <summary>The need a government fund's payments meet.</summary>
    private static Need? NeedPaidBy(Fund fund) => fund switch
    {
        Fund.BasicLiving => Need.BasicLiving,
        Fund.TemporaryAssistance or Fund.Emergency => Need.Temporary,
        Fund.MedicalAssistance => Need.Medical,
        Fund.EducationAssistance => Need.Education,
        _ => null,
    };
}
