using Ardalis.Result;
using DomainKit.Assistance;
using DomainKit.Policies;
using DomainKit.Tests.Assistance;
using NodaTime;
using static DomainKit.Tests.Assistance.TestHouseholds;

namespace DomainKit.Tests.Outputs;

/// <summary>
/// Decisions at the edges the generated corpora rarely reach: margin households with a severely disabled or
/// seriously ill member (MD-02), temporary grants exactly at their cap and one fen over it (TA-05), fractional month
/// counts, the paperwork deadline of a grant paid first (ZF-TA-01), and medical assistance exactly using up what is
/// left of the annual cap (MA-05). Each amount that sits on an edge is found by deciding first, so the edge holds
/// whatever the policy's figures.
/// </summary>
internal static class EdgeCorpus
{
    private static readonly LocalDate Date = new(2026, 3, 1);
    private static readonly LocalDate Adult = new(1980, 1, 1);
    private static readonly LocalDate From = new(2026, 1, 1);

    public static IEnumerable<(string Name, Result<AssistanceDecision> Decision)> Decisions()
    {
        foreach (var (name, household) in MarginHouseholds())
        {
            yield return ($"margin: {name}", As(Margin.Decide(household, PolicySets.ZhifuPilot, Date)));
        }

        foreach (var item in Temporary())
        {
            yield return item;
        }

        foreach (var item in Medical())
        {
            yield return item;
        }
    }

    private static IEnumerable<(string Name, Household Household)> MarginHouseholds()
    {
        // Under Zhifu on 2026-03-01 a couple's dibao line is ¥22,800.00 and its margin line ¥34,200.00.
        HouseholdMember Applicant(decimal wages) => Person(Relation.Applicant, Adult, Wages(wages));
        HouseholdMember Spouse(decimal wages = 0m) => wages == 0m ? Person(Relation.Spouse, Adult) : Person(Relation.Spouse, Adult, Wages(wages));

        yield return ("seriously ill spouse without income", Of(Applicant(30_000m), Spouse() with { SeriouslyIll = true }));
        yield return ("spouse with a grade-2 hearing disability and own income", Of(Applicant(24_000m) with { Disability = new Disability(DisabilityKind.Hearing, 3) }, Spouse(6_000m) with { Disability = new Disability(DisabilityKind.Hearing, 2) }));
        yield return ("spouse with a grade-1 physical disability", Of(Applicant(30_000m), Spouse() with { Disability = new Disability(DisabilityKind.Physical, 1) }));
        yield return ("grade-3 disability, not severe", Of(Applicant(30_000m), Spouse() with { Disability = new Disability(DisabilityKind.Intellectual, 3) }));
        yield return ("seriously ill applicant with own income at the standard line", Of(Applicant(11_400m) with { SeriouslyIll = true }, Spouse(12_000m)));
        yield return ("seriously ill applicant one fen below the line", Of(Applicant(11_399.99m) with { SeriouslyIll = true }, Spouse(12_000.01m)));
        yield return ("both members severe", Of(Applicant(30_000m) with { SeriouslyIll = true }, Spouse() with { Disability = new Disability(DisabilityKind.Visual, 2), SeriouslyIll = true }));
        yield return ("seriously ill member of a household above the margin line", Of(Applicant(40_000m), Spouse() with { SeriouslyIll = true }));
    }

    private static IEnumerable<(string Name, Result<AssistanceDecision> Decision)> Temporary()
    {
        var household = Of(Person(Relation.Applicant, Adult, Wages(40_000m)), Person(Relation.Spouse, Adult));
        var request = new TemporaryAssistanceRequest { Type = HardshipType.Emergency, SuddenCost = Money.FromYuan(50_000m), Need = TemporaryNeed.Medical, Severity = HardshipSeverity.Serious, Urgent = true };
        var policy = TemporaryAssistanceTest.Local;
        var uncapped = TemporaryAssistance.Decide(household, request, policy, Date).Value.Amount;
        foreach (var (name, cap) in new[] { ("cap exactly the amount", uncapped), ("cap one fen below the amount", uncapped - Money.FromFen(1)), ("cap one fen above the amount", uncapped + Money.FromFen(1)) })
        {
            yield return ($"temporary: {name}", As(TemporaryAssistance.Decide(household, request, policy.With(TemporaryParameters.Cap, cap, From), Date)));
        }

        var withDeadline = policy.With(TemporaryParameters.PaperworkDeadlineDays, 10, From);
        yield return ("temporary: urgent, paperwork within 10 working days", As(TemporaryAssistance.Decide(household, request, withDeadline, Date)));
        yield return ("temporary: not urgent, a deadline set but not used", As(TemporaryAssistance.Decide(household, request with { Urgent = false }, withDeadline, Date)));

        var table = policy.ValueAt(TemporaryParameters.Months, Date).Value.Value;
        foreach (var months in new[] { 2.5m, 2.50m, 1.125m, 3.333m })
        {
            var fractional = TemporaryMonths.Create(table.Rows.Select(row => row with { Moderate = Rate.FromFraction(1m), Serious = Rate.FromFraction(months) })).Value;
            yield return ($"temporary: {months} months", As(TemporaryAssistance.Decide(household, request, policy.With(TemporaryParameters.Months, fractional, From), Date)));
        }
    }

    private static IEnumerable<(string Name, Result<AssistanceDecision> Decision)> Medical()
    {
        // A dibao couple under Zhifu: 70% of the remainder, an annual cap of ¥20,000.00.
        var household = Of(Person(Relation.Applicant, Adult, Wages(10_000m)), Person(Relation.Spouse, Adult));
        var bill = new MedicalBill { MemberIndex = 1, TotalCost = Money.FromYuan(10_000m), BasicInsurancePaid = Money.FromYuan(5_000m), ExcludedCost = Money.FromYuan(1_000m) };
        var decided = MedicalAssistance.Decide(household, bill, PolicySets.ZhifuPilot, Date).Value;
        var cap = Money.FromYuan(20_000m);
        foreach (var (name, already) in new[] { ("the cap left exactly the amount", cap - decided.Amount), ("the cap left one fen below the amount", cap - decided.Amount + Money.FromFen(1)), ("the cap left one fen above the amount", cap - decided.Amount - Money.FromFen(1)) })
        {
            yield return ($"medical: {name}", As(MedicalAssistance.Decide(household, bill with { AlreadyPaidThisYear = [already] }, PolicySets.ZhifuPilot, Date)));
        }
    }

    private static Result<AssistanceDecision> As<T>(Result<T> result)
        where T : AssistanceDecision => result.Map(decision => (AssistanceDecision)decision);
}
