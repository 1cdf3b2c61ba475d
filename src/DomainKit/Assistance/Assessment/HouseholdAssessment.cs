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
        var margin = SharedFigures(household.View, claims.Expenditure, terms, out var expenditure);
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
                ? TemporaryExplainer.Explain(household, request, temporaryTerms, TemporaryCalculator.Compute(household.Assets.FinancialAssets.Fen, request, temporaryTerms, margin.Dibao, margin.ExtremePoverty))
                : null,
            terms.Education is { } educationTerms
                ? EducationExplainer.Explain(household, educationTerms, EducationCalculator.Assess(household.Facts, educationTerms, margin.Dibao, margin.ExtremePoverty))
                : null);
    }

    /// <summary>
    /// EX-04, ZF-EX-01: under the Zhifu rule a household recognised as an expenditure-hardship household is taken into
    /// dibao (全部纳入低保), so every programme that ranks by dibao (medical MA-01, education ED-01, temporary TA-05,
    /// monthly cash) reads it as a dibao household. Under the national rule (EX-01) it keeps its own category.
    /// </summary>
    private static MarginFigures Linked(in MarginFigures margin, ExpenditureClaim? claim, AssistanceTerms terms, ExpenditureFigures? expenditure)
    {
        if (expenditure is not { Exclusion: ExpenditureExclusion.None } || terms.Expenditure is not { Rule.Value: ExpenditureRule.ZhifuConsumption, DibaoBenefit: { } mode })
        {
            return margin;
        }

        // The claim's rigid spending is taken as spent over the means test's window, the window its income is counted over.
        var takenIn = DibaoFigures.TakenIn(margin.Dibao, claim!.RigidSpending.Fen, mode, margin.SingleMemberDibaoMonthly, terms.Dibao);
        return margin.TakenIntoDibao(takenIn);
    }

    /// <summary>The means test once for every programme, with the expenditure-hardship figures and their link to dibao (EX-04).</summary>
    private static MarginFigures SharedFigures(in HouseholdView household, ExpenditureClaim? claim, AssistanceTerms terms, out ExpenditureFigures? expenditure)
    {
        var ordinary = MarginFigures.Compute(household, terms.Margin);
        expenditure = claim is not null && terms.Expenditure is { } expenditureTerms
            ? ExpenditureFigures.Compute(claim, expenditureTerms, ordinary)
            : null;
        return Linked(ordinary, claim, terms, expenditure);
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
        var household = claims.Household.View;
        var margin = SharedFigures(household, claims.Expenditure, terms, out var expenditure);
        var medical = MedicalInYearOrder(claims.MedicalClaims.AsSpan(), margin, terms.Medical);
        return Outcomes(household, margin, medical, expenditure, claims.Temporary, terms);
    }

    /// <summary>MA-03, MA-05: the bills decided in the year's order, each counting what the patient's earlier bills paid and met.</summary>
    private static Money MedicalInYearOrder(ReadOnlySpan<MedicalClaim> claims, in MarginFigures margin, MedicalTerms terms)
    {
        var medical = Money.Zero;
        foreach (var billClaim in MedicalYear.InOrder(claims, margin, terms))
        {
            medical += MedicalAmount(new BillFacts(billClaim.Bill), margin, terms);
        }

        return medical;
    }

    private static Money MedicalAmount(in BillFacts bill, in MarginFigures margin, MedicalTerms terms) =>
        MedicalCalculator.Assess(bill, MedicalCalculator.Group(margin, bill), terms).Amount;

    /// <summary>Every programme's outcome from the shared figures and the medical total.</summary>
    private static HouseholdAssessmentResult Outcomes(in HouseholdView household, in MarginFigures margin, Money medical, ExpenditureFigures? expenditureFigures, TemporaryAssistanceRequest? request, AssistanceTerms terms)
    {
        ExpenditureAssessment? expenditure = expenditureFigures?.Assessment(terms.Expenditure!.Rule.Value);
        TemporaryAssessment? temporary = request is not null && terms.Temporary is { } temporaryTerms
            ? TemporaryCalculator.Compute(household.FinancialAssetsFen, request, temporaryTerms, margin.Dibao, margin.ExtremePoverty).Assessment
            : null;
        EducationAssessment? education = terms.Education is { } educationTerms
            ? EducationCalculator.Assess(household.Facts, educationTerms, margin.Dibao, margin.ExtremePoverty)
            : null;
        return new HouseholdAssessmentResult(
            margin.Dibao.Assessment,
            new ExtremePovertyAssessment(margin.ExtremePoverty),
            margin.Assessment,
            medical,
            expenditure,
            temporary,
            education,
            margin.Dibao.MeansTest.CountedMembers,
            Money.FromFen(margin.Dibao.MeansTest.CountedIncomeFen));
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

    /// <summary>Assesses a laid-out caseload on one set of terms, streaming through its arrays and allocating nothing.</summary>
    /// <param name="caseload">The caseload.</param>
    /// <param name="terms">The terms in force on the date of evaluation.</param>
    /// <param name="results">Receives one result per household, in the caseload's order; each equal to <see cref="Assess(HouseholdClaims, AssistanceTerms)"/> on that household.</param>
    /// <exception cref="ArgumentNullException"><paramref name="caseload"/> or <paramref name="terms"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> is shorter than the caseload.</exception>
    public static void AssessAll(Caseload caseload, AssistanceTerms terms, Span<HouseholdAssessmentResult> results)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        ArgumentNullException.ThrowIfNull(terms);
        if (results.Length < caseload.Count)
        {
            throw new ArgumentException("The results span must be at least as long as the caseload.", nameof(results));
        }

        var rows = caseload.Rows;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var row = ref rows[i];
            var household = caseload.View(row);
            var margin = SharedFigures(household, row.Expenditure, terms, out var expenditure);
            var medical = Money.Zero;
            if (row.BillsInYearOrder is { } ordered)
            {
                medical = MedicalInYearOrder(ordered, margin, terms.Medical);
            }
            else
            {
                // No patient brings two bills, so each bill is decided alone, straight from the contiguous array.
                foreach (ref readonly var bill in caseload.Bills(row))
                {
                    medical += MedicalAmount(bill, margin, terms.Medical);
                }
            }

            results[i] = Outcomes(household, margin, medical, expenditure, row.Temporary, terms);
        }
    }
}
