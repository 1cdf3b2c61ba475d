using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Ardalis.Result;
using DomainKit.Policies;
using NodaTime;

namespace DomainKit.Assistance;

/// <summary>
/// Every programme for one household on one date (一门受理, one window): dibao, extreme poverty, margin
/// with single-member dibao, medical assistance for its bills, education assistance for its pupils, and
/// expenditure hardship and temporary assistance when it brings a claim or a request; in one call, each
/// part equal to the programme's own decision. Programmes whose local values the policy does not set are
/// reported as not set (<see cref="AssistanceTerms.NotSet"/>), never as zero.
/// </summary>
/// <remarks>
/// The fast path computes the means test once and shares it across programmes, allocating nothing per
/// household; the explained path returns every programme's full decision. Pure and thread-safe.
/// </remarks>
public static class HouseholdAssessment
{
    /// <summary>Decides every programme for a household and its bills, with full explanations.</summary>
    /// <param name="claims">The household and its bills.</param>
    /// <param name="policy">The policy set.</param>
    /// <param name="date">The date of evaluation.</param>
    /// <returns>The entitlements, or Invalid when the policy set lacks a value in effect on the date.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<HouseholdEntitlements> Decide(HouseholdClaims claims, PolicySet policy, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(claims);
        return AssistanceTerms.Resolve(policy, date).Bind(t => HouseholdOnDate.Require(claims.Household, t.Medical.Margin.ExtremePoverty.Dibao.MeansTest, () => Decide(claims, t)));
    }

    /// <summary>Decides every programme on resolved terms, with full explanations.</summary>
    /// <param name="claims">The household and its bills.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>The entitlements.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static HouseholdEntitlements Decide(HouseholdClaims claims, AssistanceTerms terms)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(terms);
        var household = claims.Household;

        // One means test for every programme, as on the fast path; each decision's explanation is built from
        // these figures when it is first read.
        var ordinary = MarginFigures.Compute(household, terms.Margin);
        ExpenditureFigures? expenditure = claims.Expenditure is { } claim && terms.Expenditure is { } expenditureTerms
            ? ExpenditureFigures.Compute(claim, expenditureTerms, ordinary)
            : null;
        var margin = Linked(ordinary, claims, terms, expenditure);
        var bills = MedicalYear.InOrder(claims.MedicalClaims.AsSpan(), margin, terms.Medical);
        var medical = bills.IsEmpty ? [] : new MedicalDecision[bills.Length];
        for (var i = 0; i < medical.Length; i++)
        {
            medical[i] = MedicalExplainer.Explain(bills[i], terms.Medical, MedicalCalculator.Group(margin, bills[i].Bill));
        }

        return new HouseholdEntitlements(
            terms,
            DibaoExplainer.Explain(household, terms.Dibao, margin.Dibao),
            ExtremePovertyExplainer.Explain(household, terms.ExtremePoverty, margin.ExtremePoverty),
            MarginExplainer.Explain(household, terms.Margin, margin),
            ImmutableCollectionsMarshal.AsImmutableArray(medical),
            expenditure is { } figures ? ExpenditureExplainer.Explain(household, claims.Expenditure!, terms.Expenditure!, figures) : null,
            claims.Temporary is { } request && terms.Temporary is { } temporaryTerms
                ? TemporaryExplainer.Explain(household, request, temporaryTerms, TemporaryCalculator.Compute(household.Assets, request, temporaryTerms, margin.Dibao, margin.ExtremePoverty))
                : null,
            terms.Education is { } educationTerms
                ? EducationExplainer.Explain(household, educationTerms, EducationCalculator.Assess(household, educationTerms, margin.Dibao, margin.ExtremePoverty))
                : null);
    }

    /// <summary>
    /// EX-04, ZF-EX-01: under the Zhifu rule a household recognised as an expenditure-hardship household is taken into
    /// dibao (全部纳入低保), so every programme that ranks by dibao (medical MA-01, education ED-01, temporary TA-05,
    /// monthly cash) reads it as a dibao household. Under the national rule (EX-01) it keeps its own category.
    /// </summary>
    private static MarginFigures Linked(in MarginFigures margin, HouseholdClaims claims, AssistanceTerms terms, ExpenditureFigures? expenditure)
    {
        if (expenditure is not { Exclusion: ExpenditureExclusion.None } || terms.Expenditure is not { Rule.Value: ExpenditureRule.ZhifuConsumption, DibaoBenefit: { } mode })
        {
            return margin;
        }

        // The claim's rigid spending is taken as spent over the means test's window, the window its income is counted over.
        var takenIn = DibaoFigures.TakenIn(margin.Dibao, claims.Expenditure!.RigidSpending.Fen, mode, margin.SingleMemberDibaoMonthly, terms.Dibao);
        return margin.TakenIntoDibao(takenIn);
    }

    /// <summary>Assesses every programme on resolved terms, sharing one means test and allocating nothing.</summary>
    /// <param name="claims">The household and its bills.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>Each programme's outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static HouseholdAssessmentResult Assess(HouseholdClaims claims, AssistanceTerms terms)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(terms);
        var ordinary = MarginFigures.Compute(claims.Household, terms.Margin);
        ExpenditureFigures? expenditureFigures = claims.Expenditure is { } claim && terms.Expenditure is { } expenditureTerms
            ? ExpenditureFigures.Compute(claim, expenditureTerms, ordinary)
            : null;
        var margin = Linked(ordinary, claims, terms, expenditureFigures);
        var medical = Money.Zero;
        foreach (var billClaim in MedicalYear.InOrder(claims.MedicalClaims.AsSpan(), margin, terms.Medical))
        {
            medical += MedicalCalculator.Assess(billClaim.Bill, MedicalCalculator.Group(margin, billClaim.Bill), terms.Medical).Amount;
        }

        ExpenditureAssessment? expenditure = expenditureFigures?.Assessment(terms.Expenditure!.Rule.Value);
        TemporaryAssessment? temporary = claims.Temporary is { } request && terms.Temporary is { } temporaryTerms
            ? TemporaryCalculator.Compute(claims.Household.Assets, request, temporaryTerms, margin.Dibao, margin.ExtremePoverty).Assessment
            : null;
        EducationAssessment? education = terms.Education is { } educationTerms
            ? EducationCalculator.Assess(claims.Household, educationTerms, margin.Dibao, margin.ExtremePoverty)
            : null;
        return new HouseholdAssessmentResult(
            margin.Dibao.Assessment,
            new ExtremePovertyAssessment(margin.ExtremePoverty),
            margin.Assessment,
            medical,
            expenditure,
            temporary,
            education);
    }

    /// <summary>Assesses every programme for a household without bills.</summary>
    /// <param name="household">The household.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <returns>Each programme's outcome.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static HouseholdAssessmentResult Assess(Household household, AssistanceTerms terms) => Assess(HouseholdClaims.Of(household), terms);

    /// <summary>Assesses a batch on one set of terms, allocating nothing per household.</summary>
    /// <param name="caseload">The households and their bills.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <param name="results">Receives one result per household, in the same order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> or any entry is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than <paramref name="caseload"/>.</exception>
    public static void AssessAll(ReadOnlySpan<HouseholdClaims> caseload, AssistanceTerms terms, Span<HouseholdAssessmentResult> results) =>
        Batch.Run(caseload, terms, results, static (item, t) => Assess(item, t));
}
