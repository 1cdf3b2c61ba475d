using System.Collections.Immutable;
using System.Text;
using DomainKit.Explanations;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Every programme's explained decision for one household on one date: what it qualifies for, how
/// much, and why it does not qualify for the rest.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed class HouseholdEntitlements
{
    internal HouseholdEntitlements(
        AssistanceTerms terms,
        DibaoDecision dibao,
        ExtremePovertyDecision extremePoverty,
        MarginDecision margin,
        ImmutableArray<MedicalDecision> medical,
        ExpenditureDecision? expenditure,
        TemporaryDecision? temporary,
        EducationDecision? education)
    {
        Expenditure = expenditure;
        Temporary = temporary;
        Education = education;
        NotSet = terms.NotSet;
        Date = terms.Date;
        PolicyId = terms.Policy.Id;
        Dibao = dibao;
        ExtremePoverty = extremePoverty;
        Margin = margin;
        Medical = medical;
        Assessment = new HouseholdAssessmentResult(
            dibao.Assessment,
            extremePoverty.Assessment,
            margin.Assessment,
            MedicalTotal(medical),
            expenditure?.Assessment,
            temporary?.Assessment,
            education?.Assessment,
            dibao.CountedMembers,
            dibao.CountedIncome);
    }

    /// <summary>The date of evaluation.</summary>
    public LocalDate Date { get; }

    /// <summary>The identifier of the policy set applied.</summary>
    public string PolicyId { get; }

    /// <summary>The dibao decision.</summary>
    public DibaoDecision Dibao { get; }

    /// <summary>The extreme-poverty decision.</summary>
    public ExtremePovertyDecision ExtremePoverty { get; }

    /// <summary>The margin decision, with single-member dibao.</summary>
    public MarginDecision Margin { get; }

    /// <summary>The medical-assistance decision of each bill, in the order given.</summary>
    public ImmutableArray<MedicalDecision> Medical { get; }

    /// <summary>The expenditure-hardship decision, when the household brought a claim and the policy sets the rule.</summary>
    public ExpenditureDecision? Expenditure { get; }

    /// <summary>The temporary-assistance decision, when the household brought a request and the policy sets the amounts.</summary>
    public TemporaryDecision? Temporary { get; }

    /// <summary>The education-assistance decision, when the policy sets the standards.</summary>
    public EducationDecision? Education { get; }

    /// <summary>For each programme the policy does not set on the date, the parameters missing or not in effect.</summary>
    public ImmutableDictionary<Programme, ImmutableArray<Ardalis.Result.ValidationError>> NotSet { get; }

    /// <summary>The outcomes alone, as the fast path returns them.</summary>
    public HouseholdAssessmentResult Assessment { get; }

    /// <summary>The programmes the household qualifies for.</summary>
    public IEnumerable<Programme> Qualifying => Enum.GetValues<Programme>().Where(Assessment.Qualifies);

    /// <summary>Every decision's one-line summary in a language: dibao, extreme poverty, margin, each bill, then the other programmes and those not set.</summary>
    /// <param name="language">The language.</param>
    /// <returns>One line per decision.</returns>
    public string Summary(Language language)
    {
        var text = new StringBuilder();
        var lines = new[] { Dibao.Summary(language), ExtremePoverty.Summary(language), Margin.Summary(language) }
            .Concat(Medical.Select(m => m.Summary(language)))
            .Concat(new[] { Expenditure?.Summary(language), Temporary?.Summary(language), Education?.Summary(language) }.OfType<string>())
            .Concat(NotSet.OrderBy(n => n.Key).Select(n => MessageCatalog.Format(
                language,
                MessageKeys.ProgrammeNotSet,
                [
                    MessageArgument.Term("programme", MessageKeys.ProgrammeTerm(n.Key)),
                    MessageArgument.Of("parameters", string.Join(", ", n.Value.Select(e => e.Identifier.Replace("policy.parameters.", string.Empty, StringComparison.Ordinal)).Distinct())),
                ])));
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static Money MedicalTotal(ImmutableArray<MedicalDecision> medical)
    {
        var total = Money.Zero;
        foreach (var decision in medical)
        {
            total += decision.Amount;
        }

        return total;
    }
}
